import type { Evaluation } from '#lib/domain/evaluation';
import { neededByDate } from '#lib/domain/order-due';
import { reachedNow } from '#lib/domain/reached-now';
import { formatDate } from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { NEITHER_WITHIN_HORIZON, NOT_WITHIN_HORIZON } from './horizon-words.ts';
import type { Column } from './html-table.ts';
import { keepWhole } from './keep-whole.ts';

/**
 * What the action table's critical column shows, in words: its header's
 * tooltip and the table's caption, so the two never differ.
 *
 * @param level - the decision interval's level, e.g. 80
 * @returns one sentence
 * @example
 * criticalLegend(80);
 * // 'Critical (upper): the first day the upper bound of the 80% …'
 */
export const criticalLegend = (level: number) =>
  `Critical (upper): the first day the upper bound of the ${level}% ` +
  'forecast interval reaches critical, the date to plan on and the one ' +
  "the order-by date counts back from; the mean forecast's date beneath; " +
  '— where neither reaches critical within the horizon.';

/**
 * A runout date on the decision interval's upper bound (the date to plan
 * on, which the order-by date counts back from, and the one the column
 * sorts by), with the mean forecast's date beneath; where a forecast does
 * not reach it within the horizon, the emails' words for it ("mean: —"
 * read as a date missing), which may wrap where a date stays whole.
 * Where neither does, "—" with both named beneath: a bare "not within
 * the horizon" under it read as said of one of them.
 */
function runout(upper: string | undefined, mean: string | undefined) {
  if (upper === undefined && mean === undefined) {
    return `${formatDate(upper)}<span class="sub">${NEITHER_WITHIN_HORIZON}</span>`;
  }
  const beneath =
    mean === undefined
      ? `<span class="sub">mean: ${NOT_WITHIN_HORIZON}</span>`
      : `<span class="sub nowrap">mean: ${mean}</span>`;
  return `${formatDate(upper)}${beneath}`;
}

/**
 * Cell: the critical date on the upper bound (the mean's beneath);
 * "reached" when the utilization now is over it; for a bundle that only
 * reaches warning (a watch with no order-by date), the warning date,
 * which is why it is on the list.
 */
function criticalCell(e: Evaluation): string {
  if (reachedNow(e, e.critical)) {
    return `reached<span class="sub">${formatUtilization(e)} now</span>`;
  }
  const warning = reachedNow(e, e.warning)
    ? 'reached'
    : (e.warningDateUpper ?? e.warningDate);
  if (e.criticalDateUpper === undefined && warning !== undefined) {
    return `—<span class="sub">warning: ${keepWhole(warning)}</span>`;
  }
  return runout(e.criticalDateUpper, e.criticalDate);
}

/**
 * The overview's critical column. It sorts by the date its cell shows
 * first, the upper bound's, so the order a click gives reads down the
 * dates on screen: "reached" sorts as today, "—" as blank (last).
 *
 * @param asOf - today, the sort value of "reached"
 * @param level - the decision interval's level, e.g. 80
 * @returns the column
 * @example
 * criticalColumn('2026-11-26', 80).header; // 'Critical (upper)'
 */
export const criticalColumn = (
  asOf: string,
  level: number,
): Column<Evaluation> => ({
  header: 'Critical (upper)',
  title: criticalLegend(level),
  cell: criticalCell,
  sort: (e) => neededByDate(e, asOf),
  kind: 'date',
});
