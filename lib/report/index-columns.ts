import { daysBetween } from '#lib/domain/dates';
import type { Evaluation, IspSummary } from '#lib/domain/evaluation';
import { ispSlug } from '#lib/domain/slug';
import { augmentText, severityBadge } from './describe.ts';
import {
  escapeHtml,
  formatBps,
  formatDate,
  formatGrowth,
  formatPct,
} from './format.ts';
import type { Column } from './html-table.ts';
import { groupAnchor, severityRank } from './rank.ts';

const runout = (mean?: string, upper?: string) =>
  `${formatDate(mean)}<span class="sub">upper: ${formatDate(upper)}</span>`;
const ispLink = (isp: string) =>
  `<a href="isp/${ispSlug(isp)}.html">${escapeHtml(isp)}</a>`;
// The site links to the group's chart; a group with its own name shows it.
const siteLink = (e: Evaluation) => {
  const named =
    e.key === `${e.isp}/${e.site}/${e.linkType}`
      ? ''
      : `<span class="sub">${escapeHtml(e.key)}</span>`;
  return `<a href="isp/${ispSlug(e.isp)}.html#${groupAnchor(e.key)}" title="${escapeHtml(e.key)}">${escapeHtml(e.site)}</a>${named}`;
};
const orderBy = (e: Evaluation, asOf: string) => {
  if (e.orderByDate === undefined) return formatDate(undefined);
  const days = daysBetween(asOf, e.orderByDate);
  const when =
    days < 0
      ? `<span class="sub bad">${-days} d overdue</span>`
      : `<span class="sub">in ${days} d</span>`;
  return `${e.orderByDate}${when}`;
};
const planned = (e: Evaluation) =>
  e.plannedAugments
    .map((a) => {
      const late =
        a.lateByDays > 0
          ? ` · <span class="bad">${a.lateByDays} d late</span>`
          : '';
      return `+${formatBps(a.addedBps)} ${a.inServiceDate}<span class="sub">${escapeHtml(a.reference)}${late}</span>`;
    })
    .join('') || '—';
const augment = (e: Evaluation) =>
  e.recommendedPorts > 0
    ? `+${e.recommendedPorts} × ${formatBps(e.portBps)}<span class="sub">${formatBps(e.recommendedAddBps)} in all</span>`
    : augmentText(e);

/**
 * Columns of the overview's "groups needing action" table.
 *
 * @param asOf - today, for "in N days" under the order-by date
 * @returns the columns
 * @example
 * renderTable({ id: 'a', caption: '', columns: actionColumns(asOf), rows });
 */
export const actionColumns = (asOf: string): Column<Evaluation>[] => [
  {
    header: 'Severity',
    cell: (e) => severityBadge(e.severity),
    sort: (e) => severityRank(e.severity),
  },
  {
    header: 'Order by',
    cell: (e) => orderBy(e, asOf),
    sort: (e) => e.orderByDate,
    kind: 'date',
  },
  { header: 'ISP', cell: (e) => ispLink(e.isp), rowHeader: true },
  { header: 'Site', cell: siteLink },
  { header: 'Type', cell: (e) => escapeHtml(e.linkType) },
  {
    header: 'p95 now',
    cell: (e) => formatBps(e.lastPeakBps),
    sort: (e) => e.lastPeakBps,
    kind: 'num',
  },
  {
    header: 'Utilization',
    cell: (e) => formatPct(e.utilization),
    sort: (e) => e.utilization,
    kind: 'num',
  },
  {
    header: 'Warning date',
    cell: (e) => runout(e.warningDate, e.warningDateUpper),
    sort: (e) => e.warningDate,
    kind: 'date',
  },
  {
    header: 'Critical date',
    cell: (e) => runout(e.criticalDate, e.criticalDateUpper),
    sort: (e) => e.criticalDate,
    kind: 'date',
  },
  {
    header: 'Augment',
    cell: augment,
    sort: (e) => e.recommendedAddBps,
  },
  {
    header: 'N-1',
    cell: (e) =>
      e.n1Ok
        ? 'OK'
        : `<span class="bad">fails</span><span class="sub">${e.n1BreachDate === undefined ? 'now' : `from ${e.n1BreachDate}`}</span>`,
  },
  { header: 'Planned', cell: planned },
];

/** Columns of the overview's ISP table. */
export const ISP_COLUMNS: readonly Column<IspSummary>[] = [
  { header: 'ISP', cell: (s) => ispLink(s.isp), rowHeader: true },
  { header: 'ASN', cell: (s) => `AS${s.asn}`, sort: (s) => s.asn, kind: 'num' },
  { header: 'Region', cell: (s) => escapeHtml(s.region) },
  {
    header: 'Total demand (p95)',
    cell: (s) => formatBps(s.demandBps),
    sort: (s) => s.demandBps,
    kind: 'num',
  },
  {
    header: 'Growth per year',
    cell: (s) =>
      `${formatGrowth(s.growthPctPerYear)}<span class="sub">${formatGrowth(s.growthLowPctPerYear)} to ${formatGrowth(s.growthHighPctPerYear)}</span>`,
    sort: (s) => s.growthPctPerYear,
    kind: 'num',
  },
  {
    header: 'Capacity',
    cell: (s) => formatBps(s.capacityBps),
    sort: (s) => s.capacityBps,
    kind: 'num',
  },
  {
    header: 'Headroom',
    cell: (s) => formatPct(s.headroom),
    sort: (s) => s.headroom,
    kind: 'num',
  },
  {
    header: 'Groups at risk',
    cell: (s) => String(s.groupsAtRisk),
    sort: (s) => s.groupsAtRisk,
    kind: 'num',
  },
  {
    header: 'Worst',
    cell: (s) => severityBadge(s.worstSeverity),
    sort: (s) => severityRank(s.worstSeverity),
  },
];
