import type { InventoryLink, PlannedAugment } from './inventory.ts';

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

/**
 * Whether a link of links.csv is retired on `asOf`: its `retired_on` is
 * that day or earlier (docs/architecture.md "Retired links"). Its
 * capacity no longer counts from that day, and it is neither forecast
 * nor quiet; a replay of an earlier day still has it in service.
 *
 * @param link - the link (its retirement date, if any)
 * @param asOf - the run's "today", or a replayed day
 * @returns true when retired on `asOf`
 * @example
 * isRetired({ retiredOn: '2026-11-20' }, '2026-12-03'); // true
 */
export function isRetired(
  link: Pick<InventoryLink, 'retiredOn'>,
  asOf: string,
): boolean {
  return link.retiredOn !== undefined && link.retiredOn <= asOf;
}
