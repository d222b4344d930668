import { renderAccuracyChart } from './accuracy-chart.ts';
import { accuracyColumns, pct, signed } from './accuracy-columns.ts';
import type { AccuracySums } from './accuracy-row.ts';
import { type AccuracySummary, summarizeSums } from './accuracy-summary.ts';
import { accuracyVerdict } from './accuracy-verdict.ts';
import { renderBacktestSection, WHAT_IF_BACKTEST } from './backtest-section.ts';
import { backtestSummary } from './backtest-summary.ts';
import { plural } from './format.ts';
import { pagePieces } from './html-page.ts';
import { tablePieces } from './html-table.ts';
import { keepWhole } from './keep-whole.ts';
import type { ReportInput } from './report-input.ts';
import { reportedIsps } from './reported-isps.ts';
import { overallAccuracySums } from './sum-accuracy.ts';
import { calibratedAbovePct } from './upper-bound-verdict.ts';

// The interval figures of a horizon over all ISPs, and of how many
// comparisons they are: those whose bounds were at today's level.
const intervalFigures = (s: AccuracySummary, level: number): string => {
  if (s.bounded === 0) {
    return ` (${plural(s.count, 'comparison')}, none made with ${level}% bounds)`;
  }
  const of =
    s.bounded === s.count
      ? plural(s.count, 'comparison')
      : `${plural(s.count, 'comparison')}; inside and above of the ${s.bounded} made with ${level}% bounds`;
  return `, inside interval ${pct(s.coverage * 100)}, above upper bound ${pct(s.aboveShare * 100)} against a calibrated ${calibratedAbovePct(level)}% (${of})`;
};

// One sentence per horizon over all ISPs, its verdict first.
const overallLines = (
  overall: readonly AccuracySummary[],
  level: number,
): string =>
  overall
    .map(
      (s) =>
        `<p><strong>${accuracyVerdict(s, level)}</strong><br>${s.horizonDays} days ahead: MAPE ${pct(s.mape)}, signed ${signed(s.biasPct)}${intervalFigures(s, level)}.</p>`,
    )
    .join('');

// Said once when some forecasts were made under another decision level.
const otherLevels = (sums: readonly AccuracySums[], level: number) =>
  sums.some((s) => s.bounded < s.count)
    ? `<p>Some forecasts compared here were made when the decision level was not ${level}%: their errors count, but their bounds promised other shares, so the figures inside the interval and above its upper bound, here and in the table, are of the forecasts made with ${level}% bounds only.</p>`
    : '';

// Each group of this run with its ISP: where its section is.
const groupIsps = (input: ReportInput) =>
  new Map(
    input.evaluations
      .filter((e) => e.level === 'group')
      .map((e) => [e.key, e.isp] as const),
  );

/**
 * Renders `accuracy.html`: how far past forecasts (at +30/60/90 days) were
 * from what happened, per ISP and group, with a chart of forecast against
 * actual, and the latest decision backtest.
 *
 * @param input - the report input (`accuracy`, when earlier runs exist)
 * @returns the HTML document
 * @example
 * await renderAccuracy({ ...input,
 *   accuracy: tallyAccuracy(computeAccuracy(past, actuals), 80) });
 */
export async function renderAccuracy(input: ReportInput): Promise<string> {
  return [...accuracyPieces(input, await accuracyChart(input))].join('');
}

/**
 * The accuracy page's chart (`renderAccuracyChart` of its chart rows), made
 * before its pieces: the chart is drawn asynchronously, the pieces are not.
 *
 * @param input - the report input
 * @returns the chart's `<figure>`, or '' with no rows
 * @example
 * const file = { path: 'accuracy.html',
 *   pieces: () => accuracyPieces(input, chart) }; // chart = await accuracyChart(input)
 */
export async function accuracyChart(input: ReportInput): Promise<string> {
  const rows = input.accuracy?.chart ?? [];
  return rows.length === 0
    ? ''
    : renderAccuracyChart(rows, input.decisionLevel);
}

/**
 * `renderAccuracy`'s document in pieces, its table a thousand rows at a
 * time, so that publish streams it into the store: at 10,000 links the
 * table has 102,600 rows (a group's or ISP's horizon each), 69 MB of
 * page (docs/architecture.md "Long tables").
 *
 * @param input - the report input
 * @param chart - `accuracyChart(input)`
 * @returns the pieces, which joined are `renderAccuracy(input)`
 * @example
 * [...accuracyPieces(input, await accuracyChart(input))].join('');
 */
export function* accuracyPieces(
  input: ReportInput,
  chart: string,
): Generator<string> {
  yield* pagePieces(
    input,
    {
      title: 'Forecast accuracy',
      subtitle: `Past forecasts against actual daily peaks · as of ${keepWhole(input.asOf)}`,
      root: '',
    },
    bodyPieces(input, chart),
  );
}

function* bodyPieces(input: ReportInput, chart: string): Generator<string> {
  const sums = input.accuracy?.sums ?? [];
  const isps = new Set(reportedIsps(input).map((s) => s.isp));
  const intro = `<p>Each run keeps its forecasts at +30, +60 and +90 days (<code>forecast-points/</code>). Once those days have passed, they are compared here with the actual daily peak. MAPE is the mean absolute percentage error; a positive signed error means the forecasts were too high. With a well-calibrated ${input.decisionLevel}% interval, about ${input.decisionLevel}% of actuals fall inside it and ${calibratedAbovePct(input.decisionLevel)}% above its upper bound, the one the order-by date is read from: more above it, and order-by dates come late.</p>`;
  if (sums.length === 0) {
    yield `${intro}<p><strong>No earlier forecasts can be checked yet</strong>: the report store has no past run whose +30-day target date has passed. ${backtestSummary(input.series, input.decisionLevel)}</p>`;
  } else {
    const overall = summarizeSums(overallAccuracySums(sums));
    yield `${intro}${otherLevels(sums, input.decisionLevel)}<h2 id="overall">All ISPs</h2>
${overallLines(overall, input.decisionLevel)}
${chart}
<h2 id="by-series">By ISP and group</h2>
`;
    yield* tablePieces({
      id: 'accuracy-table',
      caption: 'Errors of past forecasts by series and horizon.',
      columns: accuracyColumns(isps),
      rows: summarizeSums(sums),
      filter: 'ISP, site, level, 30 days',
    });
  }
  yield input.scenario === undefined
    ? renderBacktestSection(input.backtest, input.backtestMisses, {
        groups: groupIsps(input),
        isps,
      })
    : WHAT_IF_BACKTEST;
}
