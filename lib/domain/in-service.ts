import type { PlannedAugment } from './inventory.ts';

/**
 * Whether an augment of `augments.csv` is in service on `asOf`: its
 * in-service date is that day or earlier. Its capacity then counts from
 * the forecast's first day, so the group's capacity today holds it: it
 * is no longer planned (README "What you get"), and a report that summed
 * it as planned beside that capacity would count it twice.
 *
 * @param augment - the augment (its in-service date)
 * @param asOf - the run's "today"
 * @returns true when it is in service on `asOf`
 * @example
 * isInService({ inServiceDate: '2026-11-20' }, '2026-12-03'); // true
 */
export function isInService(
  augment: Pick<PlannedAugment, 'inServiceDate'>,
  asOf: string,
): boolean {
  return augment.inServiceDate <= asOf;
}
