import type { BacktestRun } from './backtest.ts';

/**
 * What a run's absolute errors are divided by: the level at its origin,
 * or, where the last season before the origin was all zero, the largest
 * level of the runs, so that scores are ratios in any unit. (A fixed 1
 * there made those errors count in the series' unit: the same link
 * in bps and in Gbps ranked the models differently.) With no positive
 * level at all every run gets 1, which scales every score alike.
 *
 * @param runs - backtest runs
 * @returns the divisor of each run's errors
 * @example
 * errorLevel(runs)(runs[0]!); // runs[0].level when it is positive
 */
export function errorLevel(
  runs: readonly BacktestRun[],
): (run: BacktestRun) => number {
  let top = 0;
  for (const run of runs) if (run.level > top) top = run.level;
  const fallback = top > 0 ? top : 1;
  return (run) => (run.level > 0 ? run.level : fallback);
}
