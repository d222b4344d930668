import type { Evaluation } from '#lib/domain/evaluation';
import { orderDue, orderPassed } from '#lib/domain/order-due';
import { augmentsOf } from '#lib/domain/plan-status';
import { ispSlug } from '#lib/domain/slug';
import { inServiceIfOrderedToday } from '#lib/rules/in-service-if-ordered-today';
import { inServiceSince, inServiceState } from './augments-of.ts';
import { augmentText } from './describe.ts';
import { dueMark } from './email-format.ts';
import { escapeHtml, formatBps, formatDate } from './format.ts';
import { bundleLabel, groupName } from './group-name.ts';
import { keepDatesWhole, keepWhole } from './keep-whole.ts';
import { lateAugment } from './late-augment-text.ts';
import { BUNDLE_DOWN, n1Status, SINGLE_LINK } from './n1-status.ts';
import { onlyOutage, outageDays } from './outage-text.ts';
import { groupAnchor } from './rank.ts';

/**
 * Cells of the overview's tables, as HTML: two lines where a figure has a
 * qualifier (upper bound, days left, total), so the table fits a screen.
 */

/**
 * Cell: a link to the ISP's page.
 *
 * @param isp - the ISP's name
 * @returns the cell's HTML
 * @example
 * ispLink('Acme');
 */
export const ispLink = (isp: string) =>
  `<a href="isp/${ispSlug(isp)}.html">${escapeHtml(isp)}</a>`;
/**
 * Cell: the site, linked to the group's chart; a named group shows its name beneath.
 *
 * @param e - the group's evaluation
 * @returns the cell's HTML
 * @example
 * siteLink(e);
 */
export const siteLink = (e: Evaluation) => {
  const name = groupName(e);
  const named =
    name === undefined ? '' : `<span class="sub">${escapeHtml(name)}</span>`;
  const label = bundleLabel(e);
  return `<a href="isp/${ispSlug(e.isp)}.html#${groupAnchor(e.key)}" title="${escapeHtml(e.key)}">${escapeHtml(label)}</a>${named}`;
};
/**
 * Cell: N-1 in words; a one-link bundle has no redundancy to test.
 *
 * @param e - the group's evaluation
 * @param asOf - the run's date (a failure on or before it: "fails now")
 * @returns the cell's HTML
 * @example
 * n1Cell({ ...e, memberLinks: 1 }, '2026-11-26'); // 'single link, no redundancy'
 */
export const n1Cell = (e: Evaluation, asOf: string) => {
  const s = n1Status(e, asOf);
  if (s.kind === 'single') return SINGLE_LINK;
  if (s.kind === 'down') return `<span class="bad">${BUNDLE_DOWN}</span>`;
  if (s.kind === 'ok') return 'OK';
  if (s.kind === 'ok-until')
    return `OK<span class="sub">fails from ${keepWhole(s.date)}</span>`;
  if (s.kind === 'ok-today')
    return 'OK today<span class="sub">at risk now</span>';
  return `<span class="bad">fails</span><span class="sub">${s.from === undefined ? 'now' : `from ${keepWhole(s.from)}`}</span>`;
};
/**
 * Cell: the order-by date with the days left (or overdue, or "needed
 * now") beneath; for a bundle whose only shortfall is a what-if's outage,
 * "no order" and its days.
 *
 * @param e - the group's evaluation
 * @param asOf - today
 * @returns the cell's HTML
 * @example
 * orderBy(e, '2026-11-26');
 */
export const orderBy = (e: Evaluation, asOf: string) => {
  if (onlyOutage(e)) {
    return `no order<span class="sub">what-if outage ${outageDays(e, asOf)}: no augment fixes it</span>`;
  }
  const due = orderDue(e, asOf);
  if (due === undefined) return formatDate(undefined);
  if (due.kind === 'ahead') {
    return `${e.orderByDate}<span class="sub">in ${due.days} d</span>`;
  }
  // 'due today', 'OVERDUE 53 d' or 'needed now', as the digest writes
  // them (dueMark); the plan where the alert gives it (`orderPassed`).
  const plan = orderPassed(e, asOf)
    ? `<span class="sub">${pastDuePlan(e, asOf)}</span>`
    : '';
  return `${e.orderByDate}<span class="sub bad">${dueMark(e, asOf)}</span>${plan}`;
};
/**
 * What to do about an order-by date gone by: the day an order placed
 * today is in service, or, with no ask, the planned augment to expedite
 * (an order placed today, beside an ask of none, offered to order nothing).
 */
function pastDuePlan(e: Evaluation, asOf: string): string {
  const late = lateAugment(e);
  if (late !== undefined) {
    const ref = late.reference === '' ? '' : ` (${escapeHtml(late.reference)})`;
    return `expedite the planned +${formatBps(late.addedBps)}${ref}`;
  }
  return `ordered today: in service <span class="nowrap">${inServiceIfOrderedToday(e, asOf)}</span>`;
}
/**
 * Cell: the group's augments: each planned one with reference and
 * lateness, then each in service already (counted in the capacity).
 *
 * @param e - the group's evaluation
 * @returns the cell's HTML
 * @example
 * augments(e);
 */
export const augments = (e: Evaluation) =>
  [
    ...augmentsOf(e, false).map((a) => {
      const late =
        a.lateByDays > 0
          ? ` · <span class="bad">${a.lateByDays} d late</span>`
          : '';
      return `+${formatBps(a.addedBps)} ${keepWhole(a.inServiceDate)}<span class="sub">${escapeHtml(a.reference)}${late}</span>`;
    }),
    ...augmentsOf(e, true).map(
      (a) =>
        `${keepDatesWhole(escapeHtml(inServiceSince(a)))}<span class="sub">${inServiceState(e)}</span>`,
    ),
  ].join('') || '—';
/**
 * Cell: the recommended augment as ports of the group's size, total
 * beneath when there are several (of one port it would repeat its size,
 * as `portsText` leaves out in the emails).
 *
 * @param e - the group's evaluation
 * @returns the cell's HTML
 * @example
 * augment(e);
 */
export const augment = (e: Evaluation) =>
  e.recommendedPorts > 1
    ? `+${e.recommendedPorts} × ${formatBps(e.portBps)}<span class="sub">${formatBps(e.recommendedAddBps)} in all</span>`
    : augmentText(e);
