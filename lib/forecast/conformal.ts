import type { BacktestRun } from './backtest.ts';
import { kthSmallest } from './quantile.ts';
import { median, zForLevel } from './stats.ts';

/** Fewest scores for a conformal quantile; below it the normal z is used. */
export const MIN_SCORES = 30;

/**
 * Split-conformal quantile with the finite-sample correction: the
 * ⌈(n + 1)·p⌉-th smallest of n scores (Vovk et al. 2005; Lei et al. 2018),
 * which covers a new exchangeable score with probability at least p.
 *
 * @param scores - non-negative conformity scores (sorted ascending)
 * @param p - coverage wanted in (0, 1)
 * @returns the quantile; the largest score when ⌈(n + 1)p⌉ > n
 * @example
 * conformalQuantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.8); // 9
 */
export function conformalQuantile(scores: ArrayLike<number>, p: number) {
  const n = scores.length;
  return scores[conformalRank(n, p)]!;
}

/** Index (from 0) of the conformal quantile among n sorted scores. */
function conformalRank(n: number, p: number): number {
  const k = Math.ceil((n + 1) * p);
  return Math.min(n, Math.max(1, k)) - 1;
}

/** Multipliers per level for each side of the mean. */
export interface SidedMultipliers {
  readonly upper: Readonly<Record<number, number>>;
  readonly lower: Readonly<Record<number, number>>;
}

/**
 * Interval multipliers per level and side from rolling-origin errors:
 * each error is scored as (y − ŷ) / (s_o · σ(h)), where s_o is the
 * series' scale at its origin (`run.level`) and σ(h) the relative error
 * law per horizon step. The scores are centred on their median b (the
 * forecast's bias in the backtest); the upper multiplier of level p is
 * max(b, 0) plus the conformal (1 + p)/2 quantile of the centred scores,
 * the lower one max(−b, 0) plus that of their negatives. So each bound is
 * exceeded about (1 − p)/2 of the time where the errors are lopsided
 * (traffic bursts up more than it dips), a bias widens only its own
 * side (traffic that fell in the backtest widens the lower bound, not the
 * upper one the decision reads), and neither side is narrower than the
 * spread of the errors about their bias: a backtest whose every error
 * fell below the forecast (a young series, one origin, a fall after it)
 * does not put the upper bound on the mean. The interval holds the
 * conformal interval of the forecast corrected by b, so it covers at
 * least p of exchangeable errors (docs/architecture.md "The forecast
 * engine", Intervals). Levels are nested (a higher level never gets a
 * smaller multiplier); a level whose conformal rank ⌈(n + 1)q⌉ exceeds
 * the n scores, and any level with fewer than {@link MIN_SCORES}, takes
 * the normal z.
 *
 * @param runs - backtest runs, `level` being the scale at each origin
 * @param path - mean path per run
 * @param sigma - σ(h) per step
 * @param levels - levels in percent
 * @returns multipliers per level, above and below the mean
 * @example
 * conformalMultipliers(runs, path, sigma, [80, 95]).upper[80];
 */
export function conformalMultipliers(
  runs: readonly BacktestRun[],
  path: (run: BacktestRun) => readonly number[],
  sigma: readonly number[],
  levels: readonly number[],
): SidedMultipliers {
  const scores: number[] = [];
  for (const run of runs) {
    if (!(run.level > 0)) continue;
    const mean = path(run);
    for (let i = 0; i < run.actual.length; i += 1) {
      const s = sigma[i];
      const e = (run.actual[i]! - mean[i]!) / run.level;
      if (s !== undefined && s > 0 && Number.isFinite(e)) scores.push(e / s);
    }
  }
  if (scores.length < MIN_SCORES) {
    const z = nestedQuantiles(new Float64Array(0), levels, 0);
    return { upper: z, lower: z };
  }
  const bias = median(scores);
  return {
    upper: nestedQuantiles(
      mapped(scores, (x) => x - bias),
      levels,
      Math.max(bias, 0),
    ),
    lower: nestedQuantiles(
      mapped(scores, (x) => bias - x),
      levels,
      Math.max(-bias, 0),
    ),
  };
}

/**
 * `Float64Array.from(xs, f)` in an indexed loop: from an array, `from`
 * went through its iterator, an object per value.
 */
function mapped(xs: readonly number[], f: (x: number) => number) {
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i += 1) out[i] = f(xs[i]!);
  return out;
}

/**
 * `shift` plus the conformal (1 + p)/2 quantile of `scores` per level p,
 * at least 0 and nested; the normal z where the quantile's rank exceeds
 * the scores (always with fewer than {@link MIN_SCORES}).
 */
function nestedQuantiles(
  scores: Float64Array,
  levels: readonly number[],
  shift: number,
): Record<number, number> {
  // Readable form: conformalQuantile(scores.sort(), (1 + p) / 2). Only one
  // order statistic per level is read, so it is selected, not sorted for.
  const n = scores.length;
  let previous = 0;
  const out: Record<number, number> = {};
  for (const level of [...levels].sort((a, b) => a - b)) {
    // The ⌈(n + 1)q⌉-th smallest (`conformalRank` before its clamp).
    const k = Math.ceil((n + 1) * ((1 + level / 100) / 2));
    const spread =
      n >= MIN_SCORES && k <= n
        ? kthSmallest(scores, n, k - 1)
        : zForLevel(level);
    out[level] = Math.max(previous, shift + Math.max(spread, 0));
    previous = out[level];
  }
  return out;
}
