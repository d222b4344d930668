import { addDays } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';

/** Capacity in force from `date` on. */
export interface Step {
  readonly date: string;
  readonly capacityBps: number;
}

/**
 * The capacity of a series over time, as steps for the report's charts:
 * the capacity seen in traffic each day (upgrades show as steps; not on a
 * day left out of the history, NaN there, whose sum lacks the links that
 * sent too few samples: `leaveOutIncomplete`), then,
 * from the as-of date, the capacity the rules judged each forecast day
 * against (`seriesCapacity`: today's inventory, augments in service and
 * planned, a what-if's outages). The chart draws that timeline itself
 * rather than adding the augments and outages up again, so that it shows
 * the capacity its figures count.
 *
 * @param history - the daily series with the capacity seen in traffic
 * @param capacity - capacity per forecast day (day `i` is `asOf + i`)
 * @param asOf - the run's "today"
 * @returns steps in date order, each differing from the one before
 * @example
 * capacitySteps(history, seriesCapacity(input).capacity, '2026-11-26');
 */
export function capacitySteps(
  history: DailySeries,
  capacity: readonly number[],
  asOf: string,
): Step[] {
  const steps: Step[] = [];
  const push = (start: string, day: number, capacityBps: number) => {
    if (steps.at(-1)?.capacityBps !== capacityBps) {
      steps.push({ date: addDays(start, day), capacityBps });
    }
  };
  history.capacity.forEach((bps, day) => {
    if (bps > 0 && !Number.isNaN(history.values[day])) {
      push(history.start, day, bps);
    }
  });
  capacity.forEach((bps, day) => {
    push(asOf, day, bps);
  });
  return steps;
}
