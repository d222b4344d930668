import { addDays, daysBetween } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';

/** Days of traffic capacity read before a day. */
export const REPORTED_DAYS = 7;

/**
 * The capacity a series' traffic reported before `day`: the largest of
 * the 7 days before it with one, so that a link missing for a day does
 * not read as removed (as `inventoryAsOf` reads it).
 *
 * @param history - the series with its capacity per day
 * @param day - the day the 7 days end before
 * @returns the capacity in bps, or undefined when none was reported
 * @example
 * reportedCapacity(groupHistory, '2026-04-14'); // 100e9
 */
export function reportedCapacity(
  history: DailySeries,
  day: string,
): number | undefined {
  const end = daysBetween(history.start, day);
  const start = daysBetween(history.start, addDays(day, -REPORTED_DAYS));
  const seen = history.capacity
    .slice(Math.max(0, start), Math.max(0, end))
    .filter((bps) => Number.isFinite(bps) && bps > 0);
  return seen.length === 0 ? undefined : Math.max(...seen);
}
