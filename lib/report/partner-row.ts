import type { Evaluation } from '#lib/domain/evaluation';
import { orderDue } from '#lib/domain/order-due';
import { augmentsOf } from '#lib/domain/plan-status';
import { reachedNow } from '#lib/domain/reached-now';
import { whollyDown } from '#lib/domain/wholly-down';
import {
  escapeHtml,
  formatBps,
  formatGrowth,
  formatPct,
  plural,
} from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { groupName } from './group-name.ts';
import { keepWhole } from './keep-whole.ts';
import { linkPorts } from './link-ports.ts';
import { BUNDLE_DOWN, n1Status, SINGLE_LINK } from './n1-status.ts';

const n1 = (e: Evaluation, asOf: string) => {
  const s = n1Status(e, asOf);
  if (s.kind === 'single') return SINGLE_LINK;
  if (s.kind === 'down') return BUNDLE_DOWN;
  if (s.kind === 'fails') return 'does not fit with the largest link down';
  if (s.kind === 'ok') return 'fits with the largest link down';
  return s.kind === 'ok-until'
    ? `fits today; not from ${keepWhole(s.date)}`
    : 'fits today; at risk now';
};

const planned = (e: Evaluation) =>
  augmentsOf(e, false)
    .map(
      (a) =>
        `+${keepWhole(formatBps(a.addedBps))} from ${keepWhole(a.inServiceDate)}`,
    )
    .join('<br>') || '—';

/**
 * The capacity, and beneath it each augment in service already that it
 * holds (not planned any more, so not under "Augments planned").
 */
const capacity = (e: Evaluation) =>
  [
    keepWhole(formatBps(e.capacityBps)),
    ...augmentsOf(e, true).map(
      (a) =>
        `${whollyDown(e.capacityBps) ? 'down:' : 'incl.'} +${keepWhole(formatBps(a.addedBps))} in service since ${keepWhole(a.inServiceDate)}`,
    ),
  ].join('<br>');

/**
 * When the ask is needed: by the critical date, or as soon as possible
 * once that date is today or past, or critical is reached now (an
 * in-service date in the past is no date to put to a partner, nor the
 * forecast's first busier day over a threshold the email and the console
 * call reached), or the bundle is needed now (`orderDue`: its weekly
 * peak over critical within the week, where the pack read "as soon as
 * possible" on the peak day and "by" the next peak the day after).
 */
const neededBy = (e: Evaluation, asOf: string) => {
  const date = e.criticalDateUpper;
  if (date === undefined) return headroomBy(e, asOf);
  const now =
    date <= asOf ||
    reachedNow(e, e.critical) ||
    orderDue(e, asOf)?.kind === 'needed-now';
  return now
    ? '<br>in service as soon as possible'
    : `<br>in service by ${keepWhole(date)}`;
};

/**
 * When and why the ask of a bundle that stays below critical is needed:
 * it is sized to keep the upper forecast under warning, so by the day
 * that forecast reaches warning, or as soon as possible once that day is
 * today or past or the peak is there now. Said as a share of capacity,
 * not by the threshold's name, a word of ours the pack leaves out: the
 * ISP page's "The ask, to stay under warning" is for us, and without a
 * date or reason the partner read a bare "1 × 100 Gbps".
 */
const headroomBy = (e: Evaluation, asOf: string) => {
  const date = e.warningDateUpper;
  const share = `${formatPct(e.warning)} of capacity`;
  const why = '<br>to keep headroom: the peak';
  if (reachedNow(e, e.warning))
    return `<br>in service as soon as possible${why} has reached ${share}`;
  if (date === undefined) return '';
  return date > asOf
    ? `<br>in service by ${keepWhole(date)}${why} may reach ${share} by then`
    : `<br>in service as soon as possible${why} may reach ${share} now`;
};

const ports = (n: number, e: Evaluation) =>
  keepWhole(`${n} × ${formatBps(e.portBps)}`);

/**
 * What we ask for: the ports and when they are needed; where a planned
 * augment lands too late and bringing it forward would do (`expedite`),
 * that first, as the alert's first choice, and the ports as the other.
 * Before, the pack listed the planned augment beside "1 × 100 Gbps in
 * service by …", which read as a port on top of it where the alert said
 * nothing more is needed once it is in.
 */
const ask = (e: Evaluation, asOf: string) => {
  const order =
    e.recommendedPorts > 0
      ? `${ports(e.recommendedPorts, e)}${neededBy(e, asOf)}`
      : '';
  // Only a planned augment the row lists can be brought forward.
  const x = e.expedite;
  const listed = augmentsOf(e, false).some(
    (a) => x !== undefined && a.inServiceDate === x.inServiceDate,
  );
  if (x === undefined || !listed) return order || '—';
  const more = x.askPorts > 0 ? `, and ${ports(x.askPorts, e)}` : '';
  const forward = `the planned +${keepWhole(formatBps(x.addedBps))} in service by ${keepWhole(x.targetDate)}, not ${keepWhole(x.inServiceDate)}${more}`;
  return order === '' ? forward : `${forward}<br>or ${order}`;
};

/**
 * Which bundle a row is, in words the ISP can match to its own side: the
 * bundle's name when the inventory gives it one (two bundles at one site
 * and link type), then each member link with its ports.
 */
const bundle = (e: Evaluation, links: readonly Evaluation[]) => {
  const name = groupName(e);
  const members = links.map(
    (l) =>
      `${escapeHtml(l.key)} ${keepWhole(`(${linkPorts(l.capacityBps, e.portBps)})`)}`,
  );
  const count =
    e.memberLinks === undefined ? [] : [plural(e.memberLinks, 'link')];
  const lines = [
    ...(name === undefined ? [] : [`<strong>${escapeHtml(name)}</strong>`]),
    ...(members.length > 0 ? members : count),
  ];
  return lines.join('<br>') || '—';
};

/**
 * The partner pack's columns: its header's and, on a phone, where the
 * table turns into one card per bundle, each cell's label.
 */
export const PARTNER_COLUMNS = [
  'Site',
  'Type',
  'Bundle and links',
  'Capacity',
  'p95 now',
  'Utilization',
  'Growth',
  'N-1',
  'Augments planned',
  'We ask for',
] as const;

/**
 * One bundle's row of an ISP's partner pack (its cells in the order of
 * `PARTNER_COLUMNS`): site, link type, the bundle
 * and its links, capacity (and the augments in service it holds), p95,
 * utilization, growth, N-1, the augments planned and what we ask for.
 * Dates and figures are kept whole (`keepWhole`): in the pack's narrow
 * columns Chromium broke `613 Gbps` at its space and `2026-12-13` after
 * a hyphen, on screen and printed.
 *
 * @param e - the group's evaluation
 * @param asOf - the run's date
 * @param links - its member links' evaluations
 * @returns the `<tr>`
 * @example
 * partnerRow(group, '2026-11-26', linksByGroup(evaluations).get(group.key) ?? []);
 */
export const partnerRow = (
  e: Evaluation,
  asOf: string,
  links: readonly Evaluation[],
) =>
  `<tr><th scope="row">${escapeHtml(e.site)}</th><td>${escapeHtml(e.linkType)}</td><td>${bundle(e, links)}</td>\
<td class="num">${capacity(e)}</td><td class="num">${keepWhole(formatBps(e.lastPeakBps))}</td>\
<td class="num">${formatUtilization(e)}</td><td class="num">${formatGrowth(e.growthPctPerYear)}</td>\
<td>${n1(e, asOf)}</td><td>${planned(e)}</td><td>${ask(e, asOf)}</td></tr>`;
