import { daysBetween } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import { compareNames } from '#lib/domain/name-order';
import { orderDue } from '#lib/domain/order-due';
import { ispSlug } from '#lib/domain/slug';
import { groupAnchor } from './rank.ts';

/**
 * A date with how far it is from the run's "today".
 *
 * @param date - a `YYYY-MM-DD` date
 * @param asOf - the run's date
 * @returns e.g. '2026-12-01 (in 5 days)', '2026-11-20 (6 days ago)'
 * @example
 * emailWhen('2026-11-27', '2026-11-26'); // '2026-11-27 (tomorrow)'
 */
export function emailWhen(date: string, asOf: string): string {
  return `${date} (${whenWords(date, asOf)})`;
}

/**
 * How far a date is from the run's "today", in the words the email and
 * the ISP page both use.
 *
 * @param date - a `YYYY-MM-DD` date
 * @param asOf - the run's date
 * @returns 'today', 'tomorrow', 'yesterday', 'in 5 days' or '6 days ago'
 * @example
 * whenWords('2026-11-25', '2026-11-26'); // 'yesterday'
 */
export function whenWords(date: string, asOf: string): string {
  return daysWords(daysBetween(asOf, date));
}

/**
 * A number of days from the run's "today" in words (`whenWords`).
 *
 * @param days - days after today (negative: before)
 * @returns 'today', 'tomorrow', 'yesterday', 'in 5 days' or '6 days ago'
 * @example
 * daysWords(6); // 'in 6 days'
 */
export function daysWords(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/**
 * The mark an order-by date today or past carries wherever it is shown
 * as a bare date (the digest's column, the overview's cell; the console's
 * ORDER BY column shows it in the date's place), so that a date gone by
 * reads as late, as the alert's 'OVERDUE by N days' does; or, for a
 * bundle needed now (`orderDue`: critical now, or on the upper bound
 * within the week), 'needed now': its order-by date is the need date
 * less the lead time, and 'OVERDUE 90 d' restated the lead time as a
 * deadline missed.
 *
 * @param e - the group's evaluation
 * @param asOf - the run's date
 * @returns 'needed now', 'due today', 'OVERDUE 10 d', or undefined for
 *   a date ahead or none
 * @example
 * dueMark({ ...e, orderByDate: '2026-11-20' }, '2026-11-30'); // 'OVERDUE 10 d'
 */
export function dueMark(
  e: Parameters<typeof orderDue>[0],
  asOf: string,
): string | undefined {
  const due = orderDue(e, asOf);
  if (due === undefined || due.kind === 'ahead') return undefined;
  if (due.kind === 'needed-now') return 'needed now';
  return due.kind === 'today' ? 'due today' : `OVERDUE ${due.days} d`;
}

/**
 * The link to an ISP's page in a dated report (so an old email opens the
 * numbers it was sent with), with an anchor on the bundle when given.
 *
 * @param baseUrl - `config.notify.reportBaseUrl`: the distribution's URL,
 *   a `file://` URL of the local report store, or '' for a relative link
 * @param isp - the ISP's name
 * @param asOf - the run's date ('latest' when omitted)
 * @param groupKey - the bundle to open on, if any
 * @returns the URL
 * @example
 * reportLink('https://r.example/', 'Acme', '2026-11-26', 'Acme/LHR1/pni');
 * // 'https://r.example/reports/2026-11-26/isp/acme.html#g-acme-lhr1-pni'
 */
export function reportLink(
  baseUrl: string,
  isp: string,
  asOf = 'latest',
  groupKey?: string,
): string {
  return folderLink(baseUrl, `reports/${asOf}`, isp, groupKey);
}

/**
 * The link to an ISP's page in one report folder of the store: a dated
 * run's `reports/<as-of>`, or a what-if's `scenarios/<name>/<as-of>`, whose
 * messages must open the what-if's figures, not the plan's.
 *
 * @param baseUrl - `config.notify.reportBaseUrl` (see {@link reportLink})
 * @param folder - the report folder, relative to the store
 * @param isp - the ISP's name
 * @param groupKey - the bundle to open on, if any
 * @returns the URL
 * @example
 * folderLink('https://r.example/', 'scenarios/fra1-outage/2026-11-26', 'Acme');
 * // 'https://r.example/scenarios/fra1-outage/2026-11-26/isp/acme.html'
 */
export function folderLink(
  baseUrl: string,
  folder: string,
  isp: string,
  groupKey?: string,
): string {
  const base =
    baseUrl === '' || baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const anchor = groupKey === undefined ? '' : `#${groupAnchor(groupKey)}`;
  return `${base}${folder}/isp/${ispSlug(isp)}.html${anchor}`;
}

/**
 * The ISPs of some groups, in name order (`compareNames`).
 *
 * @param groups - evaluations
 * @returns distinct ISP names
 * @example
 * ispsOf(groups); // ['Acme', 'Beta']
 */
export function ispsOf(groups: readonly Evaluation[]): string[] {
  return [...new Set(groups.map((g) => g.isp))].sort(compareNames);
}
