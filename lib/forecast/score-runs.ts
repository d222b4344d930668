import type { BacktestRun } from './backtest.ts';
import { errorLevel } from './error-level.ts';

/** One candidate (a model or an equal-weight mean of models) and its score. */
export interface RankedCandidate {
  readonly members: readonly string[];
  readonly score: number;
  readonly path: (run: BacktestRun) => readonly number[];
}

/**
 * Score each model and the means of the best two and three by mean
 * absolute error relative to the level at each origin; best first.
 *
 * @param runs - backtest runs
 * @param names - model names present in the runs
 * @returns candidates ranked by score (empty without runs)
 * @example
 * scoreRuns(runs, ['snaive-drift'])[0]?.members; // ['snaive-drift']
 */
export function scoreRuns(
  runs: readonly BacktestRun[],
  names: readonly string[],
): RankedCandidate[] {
  return withMeans(runs, scoreModels(runs, names));
}

/**
 * Each model scored alone ({@link scoreRuns} without the means), best
 * first, the first named on a tie; none without runs.
 *
 * @param runs - backtest runs
 * @param names - model names present in the runs
 * @returns the models' candidates with a finite score, ranked
 * @example
 * withMeans(runs, scoreModels(runs, names)); // scoreRuns(runs, names)
 */
export function scoreModels(
  runs: readonly BacktestRun[],
  names: readonly string[],
): RankedCandidate[] {
  if (runs.length === 0) return [];
  return names
    .map((n) => candidate(runs, [n]))
    .filter((c) => Number.isFinite(c.score))
    .sort((a, b) => a.score - b.score);
}

/**
 * Ranked models ({@link scoreModels}, or some of them in their order)
 * with the means of their best two and three, ranked together: what
 * {@link scoreRuns} gives for those models. A selection scores its models
 * once and ranks the pool's alone and with its challengers from them.
 *
 * @param runs - backtest runs
 * @param singles - models scored alone, best first
 * @returns candidates ranked by score
 * @example
 * withMeans(runs, scoreModels(runs, ['a', 'b', 'c'])).length; // 5
 */
export function withMeans(
  runs: readonly BacktestRun[],
  singles: readonly RankedCandidate[],
): RankedCandidate[] {
  const combos = [2, 3]
    .filter((k) => singles.length >= k)
    .map((k) =>
      candidate(
        runs,
        singles.slice(0, k).map((c) => c.members[0]!),
      ),
    );
  return [...singles, ...combos]
    .filter((c) => Number.isFinite(c.score))
    .sort((a, b) => a.score - b.score);
}

/**
 * Pick from ranked candidates: the preferred model unless another one
 * beats its backtest score by more than `margin` (a share, e.g. 0.2), which
 * keeps noisy backtests from switching models on chance differences.
 *
 * @param ranked - from {@link scoreRuns}
 * @param preferred - name of the default model
 * @param margin - required relative improvement
 * @returns the chosen candidate, undefined when none scored
 * @example
 * pickCandidate(scoreRuns(runs, names), 'robust-trend', 0.2);
 */
export function pickCandidate(
  ranked: readonly RankedCandidate[],
  preferred: string,
  margin: number,
): RankedCandidate | undefined {
  const best = ranked[0];
  const pref = ranked.find(
    (c) => c.members.length === 1 && c.members[0] === preferred,
  );
  if (best === undefined || pref === undefined) return best;
  return best.score < (1 - margin) * pref.score ? best : pref;
}

function candidate(
  runs: readonly BacktestRun[],
  members: readonly string[],
): RankedCandidate {
  // Each path is computed once: scoring and calibration ask for it often.
  const paths = new Map<BacktestRun, readonly number[]>();
  for (const run of runs) paths.set(run, meanPath(run, members));
  const path = (run: BacktestRun): readonly number[] =>
    paths.get(run) ?? meanPath(run, members);
  const levelOf = errorLevel(runs);
  let err = 0;
  let n = 0;
  for (const run of runs) {
    const mean = path(run);
    const lvl = levelOf(run);
    for (let i = 0; i < run.actual.length; i += 1) {
      err += Math.abs(run.actual[i]! - mean[i]!) / lvl;
    }
    n += run.actual.length;
  }
  return { members, score: n > 0 ? err / n : Number.NaN, path };
}

function meanPath(
  run: BacktestRun,
  members: readonly string[],
): readonly number[] {
  const single = members.length === 1 ? run.means[members[0]!] : undefined;
  if (single !== undefined) return single;
  // Readable form: per step, the mean over members of run.means[n][i].
  // `m?.[i] ?? NaN` spelt out: read through `??`, each value became a
  // heap number.
  const out = new Array<number>(run.actual.length).fill(0);
  for (const n of members) {
    const m = run.means[n];
    for (let i = 0; i < out.length; i += 1) {
      const v = m === undefined ? Number.NaN : m[i];
      out[i]! += typeof v === 'number' ? v : Number.NaN;
    }
  }
  for (let i = 0; i < out.length; i += 1) out[i]! /= members.length;
  return out;
}
