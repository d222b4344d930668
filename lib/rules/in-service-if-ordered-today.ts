import { addDays } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';

/**
 * When an augment ordered today would be in service: today plus the
 * group's lead time. Drawn on the chart, written in the overdue cell and
 * in the overdue plan, always from here.
 *
 * @param e - the group's evaluation
 * @param asOf - the run's today
 * @returns the ISO day
 * @example
 * inServiceIfOrderedToday({ leadTimeDays: 90 }, '2026-11-26'); // '2027-02-24'
 */
export function inServiceIfOrderedToday(
  e: Pick<Evaluation, 'leadTimeDays'>,
  asOf: string,
): string {
  return addDays(asOf, e.leadTimeDays);
}
