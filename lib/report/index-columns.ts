import type { Evaluation } from '#lib/domain/evaluation';
import type { IspSummary } from '#lib/domain/isp-summary';
import { severityRank } from '#lib/domain/vocabulary';
import { asnText } from './asn-text.ts';
import { criticalColumn } from './critical-column.ts';
import { severityBadge } from './describe.ts';
import { escapeHtml, formatBps, formatGrowth, formatPct } from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { bundleLabel } from './group-name.ts';
import type { Column } from './html-table.ts';
import {
  augment,
  augments,
  ispLink,
  n1Cell,
  orderBy,
  siteLink,
} from './index-cells.ts';
import { partialCell } from './partial-figures-text.ts';
import {
  AT_RISK_COUNTS,
  AT_RISK_NAME,
  WORST_COUNTS,
} from './severity-words.ts';

/** Columns after severity and order-by date: few, two-line cells, so the
 * table fits 1440 px and a printed page without scrolling sideways. */
const actionColumnsAfterOrderBy = (
  asOf: string,
  level: number,
): readonly Column<Evaluation>[] => [
  { header: 'ISP', cell: (e) => ispLink(e.isp), rowHeader: true },
  {
    header: 'Bundle',
    cell: siteLink,
    // What the cell shows first, then the key: the key alone sorts by the
    // ISP's name, which a default key starts with, not by the site shown.
    sort: (e) => `${bundleLabel(e)} ${e.key}`,
  },
  {
    header: 'Utilization',
    cell: (e) =>
      `${formatUtilization(e)}<span class="sub">p95 ${formatBps(e.lastPeakBps)}</span>`,
    sort: (e) => e.utilization,
    kind: 'num',
  },
  criticalColumn(asOf, level),
  {
    header: 'Ask',
    cell: augment,
    sort: (e) => e.recommendedAddBps,
    kind: 'num',
  },
  { header: 'N-1', cell: (e) => n1Cell(e, asOf) },
  // Planned augments and those in service already (not planned any more).
  { header: 'Augments', cell: augments },
];

/**
 * Columns of the overview's "groups needing action" table.
 *
 * @param asOf - today, for "in N days" under the order-by date
 * @param level - the decision interval's level, e.g. 80
 * @returns the columns
 * @example
 * renderTable({ id: 'a', caption: '', columns: actionColumns(asOf, 80), rows });
 */
export const actionColumns = (
  asOf: string,
  level: number,
): Column<Evaluation>[] => [
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
  ...actionColumnsAfterOrderBy(asOf, level),
];

/** A line beneath a cell's figure, where there is one. */
const sub = (text: string) =>
  text === '' ? '' : `<span class="sub">${escapeHtml(text)}</span>`;

/**
 * Columns of the overview's ISP table. An ISP whose own total is not
 * forecast says beneath its demand that its figures are partial, and of
 * how many bundles (`partialCell`; the caption, `PARTIAL_CAPTION`).
 */
export const ISP_COLUMNS: readonly Column<IspSummary>[] = [
  { header: 'ISP', cell: (s) => ispLink(s.isp), rowHeader: true },
  {
    header: 'ASN',
    cell: (s) => asnText(s.asns),
    sort: (s) => s.asns[0] ?? 0,
    kind: 'num',
  },
  { header: 'Region', cell: (s) => escapeHtml(s.region) },
  {
    header: 'Total demand (p95)',
    cell: (s) => formatBps(s.demandBps) + sub(partialCell(s)),
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
    header: AT_RISK_NAME,
    cell: (s) => String(s.groupsAtRisk),
    title: `Groups ${AT_RISK_COUNTS}`,
    sort: (s) => s.groupsAtRisk,
    kind: 'num',
  },
  {
    header: 'Worst',
    cell: (s) => severityBadge(s.worstSeverity),
    title: `Worst severity, ${WORST_COUNTS}`,
    sort: (s) => severityRank(s.worstSeverity),
  },
];
