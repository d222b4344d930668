import { addDays } from '#lib/domain/dates';
import { isInService } from '#lib/domain/in-service';
import type { PlannedAugment } from '#lib/domain/inventory';
import type { DailySeries } from '#lib/domain/series';

/** Capacity in force from `date` on. */
export interface Step {
  readonly date: string;
  readonly capacityBps: number;
}

/**
 * The capacity of a series over time, as steps for the report's charts:
 * the capacity seen in traffic each day (upgrades show as steps), today's
 * inventory capacity from the as-of date (plus augments already in
 * service, which the rules count too), then each planned augment from its
 * in-service date.
 *
 * @param history - the daily series with the capacity seen in traffic
 * @param capacityNow - today's capacity from the inventory
 * @param augments - planned augments of the series' groups
 * @param asOf - the run's "today"
 * @returns steps in date order, each differing from the one before
 * @example
 * capacitySteps(history, 200e9, [], '2026-11-26');
 */
export function capacitySteps(
  history: DailySeries,
  capacityNow: number,
  augments: readonly PlannedAugment[],
  asOf: string,
): Step[] {
  const steps: Step[] = [];
  const push = (date: string, capacityBps: number) => {
    if (!(capacityBps > 0) || steps.at(-1)?.capacityBps === capacityBps) return;
    steps.push({ date, capacityBps });
  };
  history.capacity.forEach((bps, day) => {
    push(addDays(history.start, day), bps);
  });
  // Augments already in service count from today, as the rules count them.
  const inService = augments
    .filter((augment) => isInService(augment, asOf))
    .reduce((sum, augment) => sum + augment.addedBps, 0);
  let planned = capacityNow + inService;
  push(asOf, planned);
  const future = augments
    .filter((augment) => !isInService(augment, asOf))
    .sort((a, b) => a.inServiceDate.localeCompare(b.inServiceDate));
  for (const augment of future) {
    planned += augment.addedBps;
    push(augment.inServiceDate, planned);
  }
  return steps;
}
