import { ispSlug } from '#lib/domain/slug';
import { renderAccuracyChart } from './accuracy-chart.ts';
import { type AccuracySummary, summarizeAccuracy } from './accuracy-summary.ts';
import { accuracyVerdict, backtestSummary } from './accuracy-verdict.ts';
import { renderBacktestSection } from './backtest-section.ts';
import { escapeHtml } from './format.ts';
import { renderPage } from './html-page.ts';
import { type Column, renderTable } from './html-table.ts';
import type { ReportInput } from './report-input.ts';
import { reportedIsps } from './reported-isps.ts';

const pct = (x: number) => `${x.toFixed(1)}%`;
// The sign follows the rounded value, so that -0.04 reads '0.0%'.
const signed = (x: number) => {
  const r = Number(x.toFixed(1));
  return `${r > 0 ? '+' : r < 0 ? '−' : ''}${pct(Math.abs(r))}`;
};
const num = (
  header: string,
  cell: (s: AccuracySummary) => string,
  sort: (s: AccuracySummary) => number,
): Column<AccuracySummary> => ({ header, cell, sort, kind: 'num' });
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
  num(
    'Actual inside interval',
    (s) => pct(s.coverage * 100),
    (s) => s.coverage,
  ),
];

// Links only to ISPs that have a page in this run.
const columns = (isps: ReadonlySet<string>): Column<AccuracySummary>[] => [
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

const overallLines = (
  overall: readonly AccuracySummary[],
  level: number,
): string =>
  overall
    .map(
      (s) =>
        `<p><strong>${accuracyVerdict(s, level)}</strong><br>${s.horizonDays} days ahead: MAPE ${pct(s.mape)}, signed ${signed(s.biasPct)}, inside interval ${pct(s.coverage * 100)} (${s.count} comparisons).</p>`,
    )
    .join('');

/**
 * Renders `accuracy.html`: how far past forecasts (at +30/60/90 days) were
 * from what happened, per ISP and group, with a chart of forecast against
 * actual, and the latest decision backtest.
 *
 * @param input - the report input (`accuracy` rows, when earlier runs exist)
 * @returns the HTML document
 * @example
 * await renderAccuracy({ ...input, accuracy: computeAccuracy(past, actuals) });
 */
export async function renderAccuracy(input: ReportInput): Promise<string> {
  const rows = input.accuracy ?? [];
  const summaries = summarizeAccuracy(rows);
  const overall = summarizeAccuracy(
    rows
      .filter((r) => r.level === 'isp')
      .map((r) => ({ ...r, key: 'All ISPs', isp: '' })),
  );
  const intro = `<p>Each run keeps its forecasts at +30, +60 and +90 days (<code>forecast-points.json</code>). Once those days have passed, they are compared here with the actual daily peak. MAPE is the mean absolute percentage error; a positive signed error means the forecasts were too high. With a well-calibrated ${input.decisionLevel}% interval, about ${input.decisionLevel}% of actuals fall inside it.</p>`;
  const body =
    rows.length === 0
      ? `${intro}<p><strong>No earlier forecasts can be checked yet</strong>: the report store has no past run whose +30-day target date has passed. ${backtestSummary(input.series, input.decisionLevel)}</p>`
      : `${intro}<h2 id="overall">All ISPs</h2>
${overallLines(overall, input.decisionLevel)}
${await renderAccuracyChart(rows, input.decisionLevel)}
<h2 id="by-series">By ISP and group</h2>
${renderTable({ id: 'accuracy-table', caption: 'Errors of past forecasts by series and horizon.', columns: columns(new Set(reportedIsps(input).map((s) => s.isp))), rows: summaries, filter: true })}`;
  return renderPage(input, {
    title: 'Forecast accuracy',
    subtitle: `Past forecasts against actual daily peaks · as of ${input.asOf}`,
    root: '',
    body: body + renderBacktestSection(input.backtest),
  });
}
