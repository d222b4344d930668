import { daysBetween } from '#lib/domain/dates';

/** A capacity step: `deltaBps` counts from `date` on. */
export interface CapacityStepChange {
  readonly date: string;
  readonly deltaBps: number;
}

/**
 * Capacity on each forecast day: today's capacity plus every change whose
 * date has come (a planned augment from its in-service date on, a scenario
 * outage from its start).
 *
 * @param baseBps - capacity of the member links (inventory)
 * @param changes - dated changes; those dated on or before `asOf` count from day 0
 * @param asOf - forecast day 0
 * @param days - number of forecast days
 * @returns capacity per forecast day, never below 0
 * @example
 * buildCapacityTimeline(100, [{ date: '2026-01-03', deltaBps: 50 }],
 *   '2026-01-01', 4); // [100, 100, 150, 150]
 */
export function buildCapacityTimeline(
  baseBps: number,
  changes: readonly CapacityStepChange[],
  asOf: string,
  days: number,
): number[] {
  const timeline = new Array<number>(days).fill(baseBps);
  for (const change of changes) {
    const from = Math.max(0, daysBetween(asOf, change.date));
    for (let day = from; day < days; day += 1) {
      timeline[day] = timeline[day]! + change.deltaBps;
    }
  }
  return timeline.map((value) => Math.max(0, value));
}
