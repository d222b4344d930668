import type { BacktestRun } from './backtest.ts';
import { errorScale } from './calibrate.ts';
import type { RankedCandidate } from './score-runs.ts';
import { sortedQuantile } from './stats.ts';

/**
 * σ(h) of the chosen forecast, but never below the median σ(h) of all the
 * single models: a model chosen for a lucky backtest keeps honest intervals.
 *
 * @param runs - backtest runs
 * @param path - the chosen forecast's mean path per run
 * @param ranked - every scored candidate
 * @param steps - horizon steps wanted
 * @returns σ(h)/level per step, undefined without usable errors
 * @example
 * guardedScale(runs, best.path, ranked, 365);
 */
export function guardedScale(
  runs: readonly BacktestRun[],
  path: (run: BacktestRun) => readonly number[],
  ranked: readonly RankedCandidate[],
  steps: number,
): number[] | undefined {
  const own = errorScale(runs, path, steps);
  if (own === undefined) return undefined;
  const others = ranked
    .filter((c) => c.members.length === 1)
    .map((c) => errorScale(runs, c.path, steps))
    .filter((x) => x !== undefined);
  const column = new Array<number>(others.length);
  return own.map((s, i) => {
    for (let j = 0; j < others.length; j += 1) column[j] = others[j]![i]!;
    return Math.max(s, smallMedian(column));
  });
}

/**
 * Median of the finite ones among a few numbers: cheaper than `median`
 * (no typed-array copy) for the per-step loop above.
 */
function smallMedian(xs: number[]): number {
  const finite = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return sortedQuantile(finite, 0.5);
}
