import { ispSlug } from '#lib/domain/slug';
import { renderAccuracyChart } from './accuracy-chart.ts';
import { accuracyVerdict, backtestSummary } from './accuracy-verdict.ts';
import { renderBacktestSection } from './backtest-section.ts';
import { escapeHtml } from './format.ts';
import { renderPage } from './html-page.ts';
import { type Column, renderTable } from './html-table.ts';
import type { AccuracyRow, ReportInput } from './report-input.ts';
import { reportedIsps } from './reported-isps.ts';

/** Errors of one series (or all) at one horizon. */
export interface AccuracySummary {
  readonly level: string;
  readonly key: string;
  readonly isp: string;
  readonly horizonDays: number;
  readonly count: number;
  /** Mean absolute percentage error. */
  readonly mape: number;
  /** Mean signed % error: positive means forecasts were too high. */
  readonly biasPct: number;
  /** Share of actuals inside the interval (0–1). */
  readonly coverage: number;
}

/**
 * Aggregates compared points per series and horizon.
 *
 * @param rows - rows from `computeAccuracy`
 * @returns one summary per series and horizon, ISPs first
 * @example
 * summarizeAccuracy(rows)[0]?.mape; // e.g. 8.4
 */
export function summarizeAccuracy(
  rows: readonly AccuracyRow[],
): AccuracySummary[] {
  const groups = new Map<string, AccuracyRow[]>();
  for (const r of rows) {
    const k = `${r.level === 'isp' ? 0 : 1}\u0000${r.key}\u0000${String(r.horizonDays).padStart(4, '0')}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups.keys()].sort().map((k) => {
    const g = groups.get(k)!;
    const first = g[0]!;
    const mean = (f: (r: AccuracyRow) => number) =>
      g.reduce((s, r) => s + f(r), 0) / g.length;
    return {
      level: first.level,
      key: first.key,
      isp: first.isp,
      horizonDays: first.horizonDays,
      count: g.length,
      mape: mean((r) => Math.abs(r.errorPct)),
      biasPct: mean((r) => r.errorPct),
      coverage: mean((r) => (r.inInterval ? 1 : 0)),
    };
  });
}

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
