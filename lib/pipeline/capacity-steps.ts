import { addDays } from '#lib/domain/dates';
import { isInService } from '#lib/domain/in-service';
import type { PlannedAugment } from '#lib/domain/inventory';
import type { DailySeries } from '#lib/domain/series';

/** Capacity in force from `date` on. */
export interface Step {
  readonly date: string;
  readonly capacityBps: number;
}

/** A change of capacity from a date on (a what-if's outage, its end). */
export interface CapacityDelta {
  readonly date: string;
  readonly deltaBps: number;
}

/**
 * The capacity of a series over time, as steps for the report's charts:
 * the capacity seen in traffic each day (upgrades show as steps), today's
 * inventory capacity from the as-of date (plus augments already in
 * service, which the rules count too), then each planned augment from its
 * in-service date, and a what-if's outages from their days (as the rules
 * count them: a change dated before today counts from today, and the
 * capacity never goes below 0).
 *
 * @param history - the daily series with the capacity seen in traffic
 * @param capacityNow - today's capacity from the inventory
 * @param augments - planned augments of the series' groups
 * @param asOf - the run's "today"
 * @param changes - a what-if's capacity changes of the series' links
 * @returns steps in date order, each differing from the one before
 * @example
 * capacitySteps(history, 200e9, [], '2026-11-26');
 */
export function capacitySteps(
  history: DailySeries,
  capacityNow: number,
  augments: readonly PlannedAugment[],
  asOf: string,
  changes: readonly CapacityDelta[] = [],
): Step[] {
  const steps: Step[] = [];
  const push = (date: string, capacityBps: number) => {
    if (steps.at(-1)?.capacityBps !== capacityBps) {
      steps.push({ date, capacityBps });
    }
  };
  history.capacity.forEach((bps, day) => {
    if (bps > 0) push(addDays(history.start, day), bps);
  });
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  // Augments already in service count from today, as the rules count them.
  const on = (day: string) =>
    Math.max(
      0,
      capacityNow +
        sum(
          augments.filter((a) => isInService(a, day)).map((a) => a.addedBps),
        ) +
        sum(changes.filter((c) => c.date <= day).map((c) => c.deltaBps)),
    );
  const later = [
    ...augments.map((a) => a.inServiceDate),
    ...changes.map((c) => c.date),
  ].filter((date) => date > asOf);
  for (const date of [asOf, ...new Set(later)].sort()) push(date, on(date));
  return steps;
}
