import type { CleanedPoint } from '#lib/domain/forecast';
import type { DailySeries } from '#lib/domain/series';

/** Days the current peak looks back over: one weekly cycle. */
export const CURRENT_PEAK_DAYS = 7;

/**
 * The series' current peak: the busiest of the last 7 daily peaks (p95s),
 * after the points the forecast's cleaning step flagged (outage dips,
 * counter spikes) are replaced by its replacements.
 *
 * Why this and not the last day's p95: the last day may be a Sunday or an
 * outage, and utilization would flicker with the weekday. Why not the
 * median of the week: links fill up on their busiest days, and the median
 * hides the weekday peak the interface actually has to carry. One-day
 * anomalies are handled by the cleaner, so the weekly maximum is robust.
 *
 * @param history - daily peaks, `NaN` for missing days
 * @param cleaned - the forecast's cleaned points (indexes into `history`)
 * @returns the current peak in bps; 0 when the last week has no data
 * @example
 * currentPeak({ ...history, values: [5, 9, 7] }, []); // 9
 */
export function currentPeak(
  history: DailySeries,
  cleaned: readonly CleanedPoint[],
): number {
  const values = [...history.values];
  for (const point of cleaned) {
    if (point.index >= 0 && point.index < values.length) {
      values[point.index] = point.replacement;
    }
  }
  const recent = values
    .slice(-CURRENT_PEAK_DAYS)
    .filter((value) => Number.isFinite(value));
  return recent.length === 0 ? 0 : Math.max(...recent);
}
