import { addDays } from '#lib/domain/dates';
import type { PlannedAugment } from '#lib/domain/inventory';
import type { DailySeries } from '#lib/domain/series';
import type { CapacityStep } from './report-input.ts';

/**
 * Builds a series' capacity over time for its chart: the capacity seen in
 * the traffic (a step wherever it changed), today's inventory capacity from
 * the as-of date if it differs, then each planned augment added from its
 * in-service date on.
 *
 * @param history - the daily series, whose `capacity` is read
 * @param asOf - today
 * @param currentBps - the inventory's capacity today
 * @param planned - the group's planned augments (any order)
 * @returns the steps, by date
 * @example
 * capacitySteps(history, '2026-11-26', 200e9, [{ group: 'g',
 *   inServiceDate: '2027-02-01', addedBps: 100e9, reference: 'CHG-1' }]);
 * // [..., { date: '2027-02-01', capacityBps: 300e9 }]
 */
export function capacitySteps(
  history: DailySeries,
  asOf: string,
  currentBps: number,
  planned: readonly PlannedAugment[],
): CapacityStep[] {
  const steps: CapacityStep[] = [];
  const push = (date: string, capacityBps: number) => {
    if (!Number.isFinite(capacityBps)) return;
    if (steps.at(-1)?.capacityBps === capacityBps) return;
    steps.push({ date, capacityBps });
  };
  history.capacity.forEach((c, i) => {
    push(addDays(history.start, i), c);
  });
  push(asOf, currentBps);
  let total = steps.at(-1)?.capacityBps ?? 0;
  const later = [...planned]
    .filter((a) => a.inServiceDate > asOf)
    .sort((a, b) => a.inServiceDate.localeCompare(b.inServiceDate));
  for (const a of later) {
    total += a.addedBps;
    push(a.inServiceDate, total);
  }
  return steps;
}
