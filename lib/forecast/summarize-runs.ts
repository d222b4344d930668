import type { BacktestSummary } from '#lib/domain/forecast';
import type { BacktestRun } from './backtest.ts';

/**
 * The bounds of a forecast as distances from its mean relative to the
 * series' level, per interval level, side and step.
 *
 * @example
 * const bounds: LevelBounds = { 80: { lower: [0.1], upper: [0.2] } };
 */
export type LevelBounds = Readonly<
  Record<
    number,
    { readonly lower: readonly number[]; readonly upper: readonly number[] }
  >
>;

/**
 * Backtest summary of a chosen forecast: MASE against `scale`, sMAPE, and
 * the coverage of the bounds `ŷ − w_lower·level … ŷ + w_upper·level` per
 * interval level.
 *
 * @param runs - backtest runs
 * @param path - the forecast's mean path per run
 * @param scale - MASE scale of the series
 * @param bounds - relative distance to the mean per level, side and step
 * @returns the summary
 * @example
 * summarizeRuns(runs, best.path, 1.5, {
 *   80: { lower: [0.1, 0.1], upper: [0.2, 0.2] },
 * });
 */
export function summarizeRuns(
  runs: readonly BacktestRun[],
  path: (run: BacktestRun) => readonly number[],
  scale: number,
  bounds: LevelBounds,
): BacktestSummary {
  const levels = Object.keys(bounds).map(Number);
  let ae = 0;
  let ape = 0;
  let n = 0;
  const inside = levels.map(() => 0);
  for (const run of runs) {
    const mean = path(run);
    // Indexed loops: sums updated from a callback live in its closure,
    // where each new value took a heap number.
    for (let i = 0; i < run.actual.length; i += 1) {
      const y = run.actual[i]!;
      const f = mean[i]!;
      ae += Math.abs(y - f);
      const d = Math.abs(y) + Math.abs(f);
      ape += d > 0 ? (200 * Math.abs(y - f)) / d : 0;
      n += 1;
      for (let k = 0; k < levels.length; k += 1) {
        const { lower, upper } = bounds[levels[k]!]!;
        const e = y - f;
        const w = ((e < 0 ? lower[i] : upper[i]) ?? 0) * run.level;
        if (Math.abs(e) <= w) inside[k]! += 1;
      }
    }
  }
  const coverage = Object.fromEntries(
    levels.map((l, k) => [l, n > 0 ? inside[k]! / n : Number.NaN]),
  );
  const mase = scale > 0 && n > 0 ? ae / n / scale : Number.NaN;
  return { mase, smape: n > 0 ? ape / n : Number.NaN, coverage };
}
