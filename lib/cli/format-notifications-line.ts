import { dirname, join } from 'node:path';
import { isAtRisk } from '#lib/domain/vocabulary';
import type { RunSummary } from '#lib/pipeline/run-pipeline';

/**
 * What notifying did, for the console summary: sent and failed, and why
 * nothing was where groups are at risk: a rerun's bare "0 sent" read as
 * if nothing had gone out. Their messages went out with an earlier run:
 * the notification state knew them told (nothing new since), or the same
 * messages were accepted for this date already (a run killed before it
 * saved the state). A what-if sends nothing, and names the file holding
 * the messages it would send.
 *
 * @param summary - the run's summary
 * @param indexPath - path of the run's `index.html`, beside which a
 *   what-if writes its messages
 * @param whatIf - whether the run is a what-if (`--scenario`)
 * @returns the line, unwrapped
 * @example
 * formatNotificationsLine(summary, 'out/reports/latest/index.html', false);
 * // 'Notifications: 6 sent, 0 failed'
 */
export function formatNotificationsLine(
  summary: RunSummary,
  indexPath: string,
  whatIf: boolean,
): string {
  if (whatIf) {
    const file = join(dirname(indexPath), 'what-if-messages.txt');
    const count = summary.notifications.messages.length;
    return `Notifications: none sent (a what-if); it would send ${count}: ${file}`;
  }
  const n = summary.notifications;
  const counts = `Notifications: ${n.sent} sent, ${n.failed} failed`;
  if (n.skipped > 0) {
    return `${counts}, ${n.skipped} sent already by an earlier run for this date`;
  }
  const quiet =
    n.sent + n.failed === 0 &&
    summary.evaluations.some(
      (e) => e.level === 'group' && isAtRisk(e.severity),
    );
  return quiet ? `${counts} (nothing new since the last messages)` : counts;
}
