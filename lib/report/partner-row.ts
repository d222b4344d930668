import type { Evaluation } from '#lib/domain/evaluation';
import { augmentsOf } from '#lib/domain/plan-status';
import { whollyDown } from '#lib/domain/wholly-down';
import { escapeHtml, formatBps, formatGrowth, plural } from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { groupName } from './group-name.ts';
import { keepWhole } from './keep-whole.ts';
import { linkPorts } from './link-ports.ts';
import { BUNDLE_DOWN, n1Status, SINGLE_LINK } from './n1-status.ts';
import { partnerAsk } from './partner-ask.ts';

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
<td>${n1(e, asOf)}</td><td>${planned(e)}</td><td>${partnerAsk(e, asOf)}</td></tr>`;
