import type { AccuracyRow, AccuracySums } from './accuracy-row.ts';
import { sumAccuracy } from './sum-accuracy.ts';

/** Errors of one series (or all) at one horizon. */
export interface AccuracySummary {
  readonly level: string;
  readonly key: string;
  readonly isp: string;
  readonly horizonDays: number;
  readonly count: number;
  /** Mean absolute percentage error. */
  readonly mape: number;
  /** Mean signed % error: positive means forecasts were too high. */
  readonly biasPct: number;
  /**
   * Of `count`, the comparisons whose bounds were at today's decision
   * level: the shares below are of these (NaN when none).
   */
  readonly bounded: number;
  /** Share of actuals inside the interval (0–1). */
  readonly coverage: number;
  /** Share of actuals above the interval's upper bound (0–1). */
  readonly aboveShare: number;
}

/**
 * The means of sums: MAPE and signed error over every comparison,
 * coverage and the share above the upper bound over those whose bounds
 * were at today's decision level (NaN when none were).
 *
 * @param sums - per series and horizon
 * @returns one summary per entry, in the same order
 * @example
 * summarizeSums(sumAccuracy(rows))[0]?.mape; // e.g. 8.4
 */
export function summarizeSums(
  sums: readonly AccuracySums[],
): AccuracySummary[] {
  return sums.map((s) => ({
    level: s.level,
    key: s.key,
    isp: s.isp,
    horizonDays: s.horizonDays,
    count: s.count,
    mape: s.absErrorPct / s.count,
    biasPct: s.errorPct / s.count,
    bounded: s.bounded,
    coverage: s.inside / s.bounded,
    aboveShare: s.above / s.bounded,
  }));
}

/**
 * Aggregates compared points per series and horizon.
 *
 * @param rows - rows from `computeAccuracy`
 * @param level - today's decision level, e.g. 80
 * @returns one summary per series and horizon, ISPs first
 * @example
 * summarizeAccuracy(rows, 80)[0]?.mape; // e.g. 8.4
 */
export function summarizeAccuracy(
  rows: readonly AccuracyRow[],
  level: number,
): AccuracySummary[] {
  return summarizeSums(sumAccuracy(rows, level));
}
