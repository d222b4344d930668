import { ispSlug } from '#lib/domain/slug';
import type { AccuracySummary } from './accuracy-summary.ts';
import { escapeHtml } from './format.ts';
import type { Column } from './html-table.ts';

/**
 * A per cent figure with one decimal.
 *
 * @param x - the figure, in per cent
 * @returns its text
 * @example
 * pct(8.44); // '8.4%'
 */
export const pct = (x: number) => `${x.toFixed(1)}%`;

/**
 * A signed per cent figure with one decimal, '−' for a minus. The sign
 * follows the rounded value, so that -0.04 reads '0.0%'.
 *
 * @param x - the figure, in per cent
 * @returns its text
 * @example
 * signed(-3.25); // '−3.3%'
 */
export const signed = (x: number) => {
  const r = Number(x.toFixed(1));
  return `${r > 0 ? '+' : r < 0 ? '−' : ''}${pct(Math.abs(r))}`;
};
const num = (
  header: string,
  cell: (s: AccuracySummary) => string,
  sort: (s: AccuracySummary) => number,
): Column<AccuracySummary> => ({ header, cell, sort, kind: 'num' });
// A share of the comparisons whose bounds were at today's level: '—',
// sorted last, when none were.
const share = (
  header: string,
  of: (s: AccuracySummary) => number,
): Column<AccuracySummary> => ({
  header,
  cell: (s) => (s.bounded === 0 ? '—' : pct(of(s) * 100)),
  sort: (s) => (s.bounded === 0 ? undefined : of(s)),
  kind: 'num',
});
const COLUMNS: readonly Column<AccuracySummary>[] = [
  { header: 'Level', cell: (s) => s.level },
  num(
    'Horizon',
    (s) => `${s.horizonDays} days`,
    (s) => s.horizonDays,
  ),
  num(
    'Comparisons',
    (s) => String(s.count),
    (s) => s.count,
  ),
  num(
    'MAPE',
    (s) => pct(s.mape),
    (s) => s.mape,
  ),
  num(
    'Mean signed error',
    (s) => signed(s.biasPct),
    (s) => s.biasPct,
  ),
  share('Actual inside interval', (s) => s.coverage),
  share('Actual above upper bound', (s) => s.aboveShare),
];

/**
 * The accuracy table's columns: the series (linked to its ISP's page when
 * that ISP has one in this run), then its errors at one horizon.
 *
 * @param isps - the ISPs with a page in this run
 * @returns the columns
 * @example
 * accuracyColumns(new Set(['Acme Telecom']));
 */
export const accuracyColumns = (
  isps: ReadonlySet<string>,
): Column<AccuracySummary>[] => [
  {
    header: 'Series',
    cell: (s) =>
      isps.has(s.isp)
        ? `<a href="isp/${ispSlug(s.isp)}.html">${escapeHtml(s.key)}</a>`
        : escapeHtml(s.key),
    rowHeader: true,
  },
  ...COLUMNS,
];
