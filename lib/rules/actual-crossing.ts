import { addDays, daysBetween } from '#lib/domain/dates';
import type { PlannedAugment } from '#lib/domain/inventory';
import type { DailySeries } from '#lib/domain/series';
import { buildCapacityTimeline } from './capacity-timeline.ts';

/** What happened after the as-of date, for one capacity group. */
export interface ActualCrossingInput {
  /** The group's daily peaks, on any calendar covering the window. */
  readonly actual: DailySeries;
  /** Day 0 of the window. */
  readonly asOf: string;
  /** Length of the window in days. */
  readonly days: number;
  /** Capacity of the member links at the as-of date. */
  readonly baseBps: number;
  /** Planned augments of the group, counted from their in-service date. */
  readonly augments: readonly PlannedAugment[];
  /** Critical utilization, e.g. 0.85. */
  readonly critical: number;
}

/** Days in which a crossing must happen again to count (see below). */
export const CONFIRM_DAYS = 7;
/** Days at or above critical within `CONFIRM_DAYS` that make a crossing. */
export const CONFIRM_COUNT = 2;

/**
 * The first day in the window on which the actual daily peak reached
 * `critical` × capacity and reached it again within `CONFIRM_DAYS` days
 * (2 of 7, like an alarm's "M out of N" datapoints): a one-evening surge
 * such as a cup final is not running out of capacity. Capacity is the one
 * the run's rules use (`buildCapacityTimeline`: the capacity at the as-of
 * date plus each planned augment from its in-service date); upgrades not
 * in the plan are not counted, so that an upgrade ordered because of the
 * alert cannot turn a correct alert into a false one. A missing day never
 * counts.
 *
 * @param input - actual peaks, window, capacity, augments, threshold
 * @returns the `YYYY-MM-DD` day, or `undefined` when it never crossed
 * @example
 * actualCrossing({ actual, asOf: '2026-03-01', days: 121,
 *   baseBps: 100e9, augments: [], critical: 0.85 }); // '2026-05-14'
 */
export function actualCrossing(input: ActualCrossingInput): string | undefined {
  const { actual, asOf, days } = input;
  const span = days + CONFIRM_DAYS - 1;
  const steps = input.augments.map((augment) => ({
    date: augment.inServiceDate,
    deltaBps: augment.addedBps,
  }));
  const capacity = buildCapacityTimeline(input.baseBps, steps, asOf, span);
  const offset = daysBetween(actual.start, asOf);
  const above = capacity.map((bps, day) => {
    const peak = actual.values[offset + day] ?? Number.NaN;
    return Number.isFinite(peak) && peak >= input.critical * bps;
  });
  for (let day = 0; day < days; day += 1) {
    if (!above[day]) continue;
    const week = above.slice(day, day + CONFIRM_DAYS).filter(Boolean);
    if (week.length >= CONFIRM_COUNT) return addDays(asOf, day);
  }
  return undefined;
}
