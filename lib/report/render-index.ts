import type { Evaluation, IspSummary } from '#lib/domain/evaluation';
import { ispSlug } from '#lib/domain/slug';
import { SEVERITIES } from '#lib/domain/vocabulary';
import { augmentText, n1Text, plannedText, severityBadge } from './describe.ts';
import {
  escapeHtml,
  formatBps,
  formatDate,
  formatGrowth,
  formatPct,
} from './format.ts';
import { renderPage } from './html-page.ts';
import { type Column, renderTable } from './html-table.ts';
import { renderQualitySection } from './quality-section.ts';
import { groupAnchor, rankGroups, severityRank } from './rank.ts';
import type { ReportInput } from './report-input.ts';
import { reportedIsps } from './reported-isps.ts';

const runout = (mean?: string, upper?: string) =>
  `${formatDate(mean)}<span class="sub">upper: ${formatDate(upper)}</span>`;
const ispLink = (isp: string) =>
  `<a href="isp/${ispSlug(isp)}.html">${escapeHtml(isp)}</a>`;
const groupLink = (e: Evaluation) =>
  `<a href="isp/${ispSlug(e.isp)}.html#${groupAnchor(e.key)}">${escapeHtml(e.key)}</a>`;

const ACTION_COLUMNS: readonly Column<Evaluation>[] = [
  {
    header: 'Severity',
    cell: (e) => severityBadge(e.severity),
    sort: (e) => severityRank(e.severity),
  },
  {
    header: 'Order by',
    cell: (e) => formatDate(e.orderByDate),
    sort: (e) => e.orderByDate,
    kind: 'date',
  },
  { header: 'ISP', cell: (e) => ispLink(e.isp), rowHeader: true },
  { header: 'Site', cell: (e) => escapeHtml(e.site) },
  { header: 'Type', cell: (e) => escapeHtml(e.linkType) },
  { header: 'Group', cell: groupLink },
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
    header: 'Warning runout',
    cell: (e) => runout(e.warningDate, e.warningDateUpper),
    sort: (e) => e.warningDate,
    kind: 'date',
  },
  {
    header: 'Critical runout',
    cell: (e) => runout(e.criticalDate, e.criticalDateUpper),
    sort: (e) => e.criticalDate,
    kind: 'date',
  },
  {
    header: 'Recommended augment',
    cell: augmentText,
    sort: (e) => e.recommendedAddBps,
  },
  {
    header: 'N-1',
    cell: (e) => (e.n1Ok ? 'OK' : `<span class="bad">${n1Text(e)}</span>`),
  },
  { header: 'Planned augments', cell: plannedText },
];

const ISP_COLUMNS: readonly Column<IspSummary>[] = [
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

/**
 * Renders `index.html`: severity counts, the groups needing action ranked
 * by order-by date, every ISP's figures, and data-quality warnings.
 *
 * @param input - the report input
 * @returns the HTML document
 * @example
 * const html = renderIndex(input);
 */
export function renderIndex(input: ReportInput): string {
  const groups = input.evaluations.filter((e) => e.level === 'group');
  const cards = [...SEVERITIES]
    .reverse()
    .map(
      (s) =>
        `<div class="card ${s}"><strong>${groups.filter((e) => e.severity === s).length}</strong>${s}</div>`,
    )
    .join('');
  const action = rankGroups(input.evaluations);
  const isps = reportedIsps(input).sort(
    (a, b) =>
      severityRank(b.worstSeverity) - severityRank(a.worstSeverity) ||
      a.isp.localeCompare(b.isp),
  );
  const body = `<h2 id="severity">Capacity groups by severity</h2>
<div class="cards" role="list" aria-label="Groups by severity">${cards.replaceAll('<div class="card', '<div role="listitem" class="card')}</div>
<h2 id="action">Groups needing action (${action.length})</h2>
${renderTable({ id: 'action-table', caption: 'Ranked by order-by date: the last day to start the augment.', columns: ACTION_COLUMNS, rows: action, filter: true })}
<h2 id="isps">ISPs (${isps.length})</h2>
${renderTable({ id: 'isp-table', caption: `Growth interval at the ${input.decisionLevel}% decision level; headroom = 1 − demand / capacity.`, columns: ISP_COLUMNS, rows: isps, filter: true })}
${renderQualitySection(input)}`;
  const subtitle = `As of ${input.asOf} · ${groups.length} capacity groups · ${isps.length} ISPs`;
  return renderPage(input, {
    title: 'Headroom capacity report',
    subtitle,
    root: '',
    body,
  });
}
