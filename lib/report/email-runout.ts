import type { Evaluation } from '#lib/domain/evaluation';
import { reachedNow } from '#lib/domain/reached-now';
import { emailRow } from './email-row.ts';
import { formatPct } from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { NOT_WITHIN_HORIZON } from './horizon-words.ts';

/**
 * A group's runout lines in an alert email: when it reaches critical,
 * warning and 100%, at the earliest (on the decision interval's upper
 * bound) and expected (on the mean), or that it has reached it already.
 *
 * @param e - the group's evaluation
 * @param level - the decision interval's level, e.g. 80
 * @param asOf - the run's date
 * @returns three lines
 * @example
 * runoutRows(evaluation, 80, '2026-11-26');
 */
export function runoutRows(
  e: Evaluation,
  level: number,
  asOf: string,
): string[] {
  return [
    emailRow(
      `Critical ${formatPct(e.critical)}`,
      reachedNow(e, e.critical)
        ? reachedText(e)
        : runout(e.criticalDateUpper, e.criticalDate, level, asOf),
    ),
    emailRow(
      `Warning ${formatPct(e.warning)}`,
      reachedNow(e, e.warning)
        ? reachedText(e)
        : runout(e.warningDateUpper, e.warningDate, level, asOf),
    ),
    emailRow(
      'Full 100%',
      reachedNow(e, 1)
        ? reachedText(e)
        : runout(e.fullDateUpper, e.fullDate, level, asOf),
    ),
  ];
}

function reachedText(e: Evaluation): string {
  return `reached already (${formatUtilization(e)} now)`;
}

function runout(
  upper: string | undefined,
  mean: string | undefined,
  level: number,
  asOf: string,
): string {
  // Both bounds named, as a date's line names them: a bare 'not within
  // the horizon' read as said of one of them.
  if (upper === undefined && mean === undefined) {
    return `${NOT_WITHIN_HORIZON}, at the earliest (${level}% bound) or expected`;
  }
  if (upper === asOf && mean === asOf) return 'reached already';
  const say = (date: string | undefined) =>
    date === undefined ? NOT_WITHIN_HORIZON : date === asOf ? 'today' : date;
  return `${say(upper)} at the earliest (${level}% bound), expected ${say(mean)}`;
}
