import { addDays } from '#lib/domain/dates';
import { whollyDown } from '#lib/domain/wholly-down';

/**
 * The first forecast day on which demand reaches `ratio` of capacity.
 * Demand that is not a number (a gap in the forecast) never counts, nor
 * does a day with no capacity at all: a what-if has the whole bundle
 * down then, and no augment adds capacity to it (its ports are down too;
 * `outageRule` reports those days), so the runout, and the order-by date
 * and the plan's "needed by" counted from it, are the first day ports
 * could help (docs/architecture.md "Capacity over time").
 *
 * @param demand - forecast demand per day (bps)
 * @param capacity - capacity per day (bps), same length
 * @param ratio - the threshold, e.g. 0.85 (1 for "full")
 * @returns the day's index, or `undefined` within the horizon
 * @example
 * firstCrossing([60, 80, 90], [100, 100, 100], 0.85); // 2
 */
export function firstCrossing(
  demand: readonly number[],
  capacity: readonly number[],
  ratio: number,
): number | undefined {
  for (let day = 0; day < demand.length; day += 1) {
    const value = demand[day]!;
    const bps = capacity[day]!;
    if (!Number.isFinite(value) || whollyDown(bps)) continue;
    if (value >= ratio * bps) return day;
  }
  return undefined;
}

/**
 * The runout date: the date of `firstCrossing`, where day `i` is
 * `asOf + i`.
 *
 * @param demand - forecast demand per day (bps)
 * @param capacity - capacity per day (bps)
 * @param ratio - the threshold
 * @param asOf - forecast day 0
 * @returns a `YYYY-MM-DD` date, or `undefined` within the horizon
 * @example
 * runoutDate([60, 90], [100, 100], 0.85, '2026-11-26'); // '2026-11-27'
 */
export function runoutDate(
  demand: readonly number[],
  capacity: readonly number[],
  ratio: number,
  asOf: string,
): string | undefined {
  const day = firstCrossing(demand, capacity, ratio);
  return day === undefined ? undefined : addDays(asOf, day);
}
