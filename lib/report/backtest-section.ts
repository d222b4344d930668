import type {
  BacktestScore,
  DateErrorSummary,
} from '#lib/domain/backtest-score';
import {
  BACKTEST_MISSES_SHOWN,
  type DecisionBacktestSummary,
} from '#lib/domain/backtest-summary';
import {
  backtestMissesColumns,
  type MissTargets,
} from './backtest-misses-columns.ts';
import {
  escapeHtml,
  formatCount,
  formatPct,
  formatRatio,
  plural,
} from './format.ts';
import { formatDateError, SIGNED_DATE_ERROR } from './format-date-error.ts';
import { type Column, renderTable } from './html-table.ts';

type DateScore = DecisionBacktestSummary['byDate'][number];

// Counts as integers, scores as the headline and the console write them.
const num = (
  header: string,
  value: (s: DateScore) => number | null,
  write: (x: number | null) => string = (x) => (x === null ? '—' : `${x}`),
) => ({
  header,
  cell: (s: DateScore) => write(value(s)),
  sort: (s: DateScore) => value(s) ?? undefined,
  kind: 'num' as const,
});
const BY_DATE: readonly Column<DateScore>[] = [
  { header: 'As of', cell: (s) => s.asOf, rowHeader: true, kind: 'date' },
  num('Alerts', (s) => s.truePositives + s.falsePositives),
  num('True positives', (s) => s.truePositives),
  num('False positives', (s) => s.falsePositives),
  num('False negatives', (s) => s.falseNegatives),
  num('True negatives', (s) => s.trueNegatives),
  num('Open', (s) => s.open),
  num('Precision', (s) => s.precision, formatRatio),
  num('Recall', (s) => s.recall, formatRatio),
  num('F1', (s) => s.f1, formatRatio),
];

/**
 * The accuracy page's section on the decision backtest (`headroom
 * backtest`): how often "order now" was right on the team's own history,
 * per as-of date, and the alerts and crossings it got wrong: how many,
 * the most relevant listed (at most `BACKTEST_MISSES_SHOWN`, from its
 * summary), each group linked to this run's page of it and each
 * severity a badge, as in the other tables, and a link to the file of
 * every miss.
 *
 * @param backtest - the latest backtest's summary, if the store has one
 * @param missesFile - the file beside the page holding every miss, if
 *   published
 * @param to - the groups and ISPs with a page in this run (none: the
 *   groups unlinked)
 * @returns HTML (a heading and its content); without a backtest, how to
 *   make one, so that a first reader learns the page can show it
 * @example
 * renderBacktestSection(summary, 'backtest-misses.csv', { groups, isps });
 * // '<h2 id="backtest">Decision backtest</h2>…'
 */
export function renderBacktestSection(
  backtest?: DecisionBacktestSummary,
  missesFile?: string,
  to: MissTargets = { groups: new Map(), isps: new Set() },
): string {
  if (backtest === undefined) return NO_BACKTEST;
  const shown = backtest.misses.slice(0, BACKTEST_MISSES_SHOWN);
  return `<h2 id="backtest">Decision backtest</h2>
<p>The "order now" decision (severity warning or critical) replayed at ${plural(backtest.asOfDates.length, 'past as-of date')}, ${backtest.from} to ${backtest.to} every ${plural(backtest.everyDays, 'day')}, on the history in the lake (${backtest.dataFirstDay} to ${backtest.dataLastDay}), and compared with what the traffic did: a group truly runs out when its daily peak reaches its critical threshold (on 2 days within a week) within the lead time plus the warning window (30 days unless configured) of the as-of date. A date whose window runs past the data is open and not scored. Thresholds: ${thresholdText(backtest)}. Computed ${escapeHtml(backtest.generatedAt.slice(0, 10))}.</p>
${headline(backtest.totals)}
${renderTable({ id: 'backtest-dates', caption: 'Decisions by as-of date.', columns: BY_DATE, rows: backtest.byDate })}
${missesNote(backtest.misses.length, shown.length, missesFile)}${shown.length === 0 ? '' : renderTable({ id: 'backtest-misses', caption: 'Alerts without a crossing, and crossings without an alert.', columns: backtestMissesColumns(to), rows: shown, filter: 'ISP, site, outcome, severity' })}`;
}

/** How many misses there are, how many are listed, where all of them are. */
function missesNote(total: number, shown: number, file?: string): string {
  if (total === 0) return '<p>No scored alert or crossing was missed.</p>\n';
  const all = file
    ? ` Every miss is in <a href="${escapeHtml(file)}">${escapeHtml(file)}</a> (CSV).`
    : '';
  const misses = total === 1 ? '1 miss' : `${formatCount(total)} misses`;
  if (shown >= total) return `<p>${misses}.${all}</p>\n`;
  return `<p><strong>${misses}</strong>; the table lists the ${formatCount(shown)} most relevant: crossings without an alert first, then alerts without a crossing, the latest as-of dates first.${all}</p>\n`;
}

function thresholdText({ thresholds }: DecisionBacktestSummary): string {
  const pct = (x?: number) => (x === undefined ? '' : formatPct(x));
  return Object.entries(thresholds ?? {})
    .filter(([, t]) => t.critical !== undefined || t.warning !== undefined)
    .map(([type, t]) => {
      const parts = [
        t.warning && `warning ${pct(t.warning)}`,
        t.critical && `critical ${pct(t.critical)}`,
      ];
      return `${escapeHtml(type)} ${parts.filter(Boolean).join(', ')}`;
    })
    .join('; ');
}

function headline(t: BacktestScore): string {
  const scored =
    t.truePositives + t.falsePositives + t.falseNegatives + t.trueNegatives;
  return `<p><strong>Precision ${formatRatio(t.precision)}</strong> (alerts followed by a crossing), <strong>recall ${formatRatio(t.recall)}</strong> (crossings alerted in time), <strong>F1 ${formatRatio(t.f1)}</strong>, over ${plural(scored, 'scored group-date')} (${t.open} open). Predicted critical date against the actual first crossing, median error (${SIGNED_DATE_ERROR}): ${days(t.dateErrorMean)} on the mean forecast, ${days(t.dateErrorUpper)} on the upper bound.</p>`;
}

function days(e: DateErrorSummary): string {
  return formatDateError(e) ?? '— (no crossing to compare)';
}

/**
 * The section of a what-if's accuracy page, which shows no backtest: the
 * backtest replays the real decisions, which no scenario changes. "None
 * yet", and how to make one, was wrong beside a store that had one.
 *
 * @example
 * page.includes(WHAT_IF_BACKTEST); // on a what-if's accuracy page
 */
export const WHAT_IF_BACKTEST = `<h2 id="backtest">Decision backtest</h2>
<p>Not in a what-if: the decision backtest replays the real decisions on the lake’s history, which a scenario does not change; the latest is on the accuracy page of the real run (<code>reports/latest/accuracy.html</code>).</p>`;

/** The section when the report store has no backtest yet. */
const NO_BACKTEST = `<h2 id="backtest">Decision backtest</h2>
<p>None yet. <code>headroom backtest --lake LAKE --inventory INVENTORY</code> replays the "order now" decision at past as-of dates on the team's own history and scores it against what the traffic did (precision, recall, F1, the error of the critical date); it writes <code>state/backtest.json</code> in the report store, with its summary beside it, and the next run shows it here. On AWS the monthly backtest (the state machine <code>headroom-STAGE-backtest</code>) writes it on the 2nd of each month.</p>`;
