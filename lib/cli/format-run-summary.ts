import { lastTrafficDay } from '#lib/domain/last-traffic-day';
import type { RunSummary } from '#lib/pipeline/run-pipeline';
import { staleDataLine } from '#lib/report/email-stale-data';
import { youngLakeText } from '#lib/report/young-lake';
import { wrapConsole } from './console-width.ts';
import { formatNotificationsLine } from './format-notifications-line.ts';
import { formatQuality } from './format-quality-line.ts';
import { formatUrgentGroups } from './format-urgent-groups.ts';

/**
 * The console summary of a run: its date and id, what its stages took,
 * severity counts, the day its figures are as of when the lake's
 * traffic stopped days before it, on a lake under 28 days old what its
 * forecasts can tell (`youngLakeText`), the most urgent groups ranked by
 * order-by date (`formatUrgentGroups`), data-quality counts,
 * notifications (for a what-if, which sends nothing, the file holding
 * the messages it would send) and the path of the report. Every line
 * keeps to an 80-column terminal, the prose cut at spaces
 * (`wrapConsole`), a group's name in the table too (`wrapName`), but
 * for a word of the prose longer than a line (a path): the
 * data-quality line was hundreds of columns long, and the first line,
 * with the stages' times, 91.
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
  // The day both lines below read the traffic's end from: the run's date
  // is the one the emails count from (`staleDataText`), and the
  // data-quality line leaves the days since to the `Data:` line.
  const lastTraffic = lastTrafficDay(summary.quality, summary.asOf);
  const lines = [
    '',
    `Headroom as of ${summary.asOf} (run ${summary.runId})`,
    ...wrapConsole(formatStageTimes(summary)),
    `Groups: ${critical} critical, ${warning} warning, ${watch} watch, ${ok} ok`,
    // The figures below are as of the lake's last day with traffic: said
    // as the emails' header says it.
    ...staleDataLine(summary.quality, summary.asOf).flatMap(wrapConsole),
    // On a lake under 28 days old, what its "ok" means.
    ...[youngLakeText(summary.quality, summary.asOf) ?? []]
      .flat()
      .flatMap(wrapConsole),
    '',
    ...formatUrgentGroups(summary.evaluations, summary.asOf),
    '',
    ...wrapConsole(formatQuality(summary.quality, lastTraffic)),
    ...wrapConsole(formatNotificationsLine(summary, indexPath, whatIf)),
    `Report: ${indexPath}`,
    '',
  ];
  return lines.join('\n');
}

/**
 * What the run's stages took, each named: the rollup, then the forecast
 * and report (plan, shards and publish, `RunSummary.seconds`). Without
 * names a lone '3.1 s' read as the run's time beside `npm start`'s
 * closing 'Done in 25.2 s', which counts the whole process. On a line
 * of its own: after the date and run id it made a line of 91 columns.
 */
function formatStageTimes({ rollup, seconds }: RunSummary): string {
  return `Times: rollup ${rollup.seconds.toFixed(1)} s, forecast and report ${seconds.toFixed(1)} s`;
}
