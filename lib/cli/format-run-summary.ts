import { dirname, join } from 'node:path';
import type { Evaluation } from '#lib/domain/evaluation';
import { lastTrafficDay } from '#lib/domain/last-traffic-day';
import { reachedNow } from '#lib/domain/reached-now';
import { isAtRisk } from '#lib/domain/vocabulary';
import type { RunSummary } from '#lib/pipeline/run-pipeline';
import { dueMark } from '#lib/report/email-format';
import { staleDataLine } from '#lib/report/email-stale-data';
import { formatBps, formatDate } from '#lib/report/format';
import { formatUtilization } from '#lib/report/format-utilization';
import { noAskText } from '#lib/report/late-augment-text';
import { byUrgency } from '#lib/report/rank';
import { columnWidths, padColumns } from '#lib/report/text-columns';
import { wrapText } from '#lib/report/wrap-text';
import { formatQuality } from './format-quality-line.ts';

/** How many groups the console lists. */
const SHOWN = 12;

/** Where a group's figures start: under its name, indented. */
const FIGURES = '    ';

/** The terminal's width the table keeps to. */
const WIDTH = 80;

/**
 * The console summary of a run: what its stages took, severity counts,
 * the day its figures are as of when the lake's traffic stopped days
 * before it, the most urgent groups ranked by order-by date,
 * data-quality counts, notifications (for a what-if, which sends
 * nothing, the file holding the messages it would send) and the path of
 * the report.
 *
 * @param summary - the run's summary
 * @param indexPath - path of the run's `index.html` to print
 * @param whatIf - whether the run is a what-if (`--scenario`)
 * @returns text ending in a newline
 * @example
 * process.stdout.write(formatRunSummary(summary, 'out/reports/latest/index.html'));
 */
export function formatRunSummary(
  summary: RunSummary,
  indexPath: string,
  whatIf = false,
) {
  const { critical, warning, watch, ok } = summary.severities;
  const urgent = rankUrgent(summary.evaluations);
  // The day both lines below read the traffic's end from: the run's date
  // is the one the emails count from (`staleDataText`), and the
  // data-quality line leaves the days since to the `Data:` line.
  const lastTraffic = lastTrafficDay(summary.quality, summary.asOf);
  const lines = [
    '',
    `Headroom as of ${summary.asOf} (run ${summary.runId}: ${formatStageTimes(summary)})`,
    `Groups: ${critical} critical, ${warning} warning, ${watch} watch, ${ok} ok`,
    // The figures below are as of the lake's last day with traffic: said
    // as the emails' header says it.
    ...staleDataLine(summary.quality, summary.asOf),
    '',
    ...(urgent.length === 0
      ? ['No group needs an augment ordered.']
      : formatTable(urgent.slice(0, SHOWN), summary.asOf)),
    ...(urgent.length > SHOWN
      ? [`… and ${urgent.length - SHOWN} more in the report`]
      : []),
    '',
    formatQuality(summary.quality, lastTraffic),
    whatIf
      ? formatDrafts(summary, indexPath)
      : formatNotifications(summary.notifications, summary.evaluations),
    `Report: ${indexPath}`,
    '',
  ];
  return lines.join('\n');
}

/**
 * What the run's stages took, each named: the rollup, then the forecast
 * and report (plan, shards and publish, `RunSummary.seconds`). Without
 * names a lone '3.1 s' read as the run's time beside `npm start`'s
 * closing 'Done in 25.2 s', which counts the whole process.
 */
function formatStageTimes({ rollup, seconds }: RunSummary): string {
  return `rollup ${rollup.seconds.toFixed(1)} s, forecast and report ${seconds.toFixed(1)} s`;
}

/** A what-if's line: nothing sent, and where its drafts are. */
function formatDrafts({ notifications }: RunSummary, indexPath: string) {
  const file = join(dirname(indexPath), 'what-if-messages.txt');
  const count = notifications.messages.length;
  return `Notifications: none sent (a what-if); it would send ${count}: ${file}`;
}

/**
 * The groups at risk, most urgent first as the report ranks them
 * (`byUrgency`).
 */
function rankUrgent(evaluations: readonly Evaluation[]): Evaluation[] {
  return evaluations
    .filter((e) => e.level === 'group' && isAtRisk(e.severity))
    .sort(byUrgency);
}

/**
 * The urgent groups as a table that fits an 80-column terminal: each
 * group's name on a line of its own, its figures on the line beneath,
 * in columns under a header. With the name as a column the table was
 * 115 characters wide (a bundle named in links.csv, 'Falcon Gulf
 * Telecom DXB1 cache bundle 1', is 39), and an 80-column terminal
 * wrapped every row into the next. The order-by column says where the
 * order stands as the alert and the overview do (`dueMark`: 'needed
 * now', 'OVERDUE 53 d', 'due today'), and the date only while it is
 * ahead: a bare date one lead time ago read as a deadline missed for a
 * bundle needed now, and a date gone by never read as late. It stays as
 * narrow as the date (at most 'OVERDUE 100 d'); the report keeps the
 * date. A bundle with no ask whose planned augment lands late says to
 * expedite it on a third line, as the digest does, wrapped within the 80
 * columns (with its reference it was 86): its ask column's '—' beside
 * 'needed now' read as nothing to do.
 */
function formatTable(rows: readonly Evaluation[], asOf: string): string[] {
  const header = [
    'SEVERITY',
    'ORDER BY',
    'P95',
    'UTIL',
    'CRITICAL (UPPER)',
    'ADD',
  ];
  const cells = rows.map((e) => [
    e.severity,
    dueMark(e, asOf) ?? formatDate(e.orderByDate),
    formatBps(e.lastPeakBps),
    formatUtilization(e),
    reachedNow(e, e.critical) ? 'reached' : formatDate(e.criticalDateUpper),
    e.recommendedPorts > 0
      ? `${e.recommendedPorts} × ${formatBps(e.portBps)}`
      : '—',
  ]);
  const widths = columnWidths(header, cells);
  const line = (row: readonly string[]) => padColumns(FIGURES, row, widths);
  return [
    '  GROUP',
    line(header),
    ...rows.flatMap((e, i) => {
      const late = noAskText(e);
      return [
        `  ${e.key}`,
        line(cells[i]!),
        ...(late === undefined
          ? []
          : wrapText(late, FIGURES, `${FIGURES}  `, WIDTH)),
      ];
    }),
  ];
}

/**
 * What notifying did: sent and failed, and why nothing was where groups
 * are at risk: a rerun's bare "0 sent" read as if nothing had gone out.
 * Their messages went out with an earlier run: the notification state
 * knew them told (nothing new since), or the same messages were accepted
 * for this date already (a run killed before it saved the state).
 */
function formatNotifications(
  n: RunSummary['notifications'],
  evaluations: RunSummary['evaluations'],
): string {
  const counts = `Notifications: ${n.sent} sent, ${n.failed} failed`;
  if (n.skipped > 0) {
    return `${counts}, ${n.skipped} sent already by an earlier run for this date`;
  }
  const quiet =
    n.sent + n.failed === 0 &&
    evaluations.some((e) => e.level === 'group' && isAtRisk(e.severity));
  return quiet ? `${counts} (nothing new since the last messages)` : counts;
}
