import type { Evaluation } from '#lib/domain/evaluation';
import { orderDue } from '#lib/domain/order-due';
import { reachedNow } from '#lib/domain/reached-now';
import { augmentText, n1Text } from './describe.ts';
import { whenWords } from './email-format.ts';
import { formatPct } from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { expediteVerb, lateAugmentText } from './late-augment-text.ts';
import { n1Status } from './n1-status.ts';
import { onlyOutage, outageSentence } from './outage-text.ts';
import { plannedCounted } from './planned-counted.ts';

/**
 * One sentence saying what a group needs by when.
 *
 * @param e - the group's evaluation
 * @param asOf - today
 * @returns plain text (escape before writing into HTML)
 * @example
 * needSentence(e, '2026-11-26');
 * // 'Order +2 × 100 Gbps (200 Gbps) by 2026-12-10 (in 14 days): …'
 */
export function needSentence(e: Evaluation, asOf: string): string {
  const crit = `critical (${formatPct(e.critical)})`;
  // A bundle down today: the outage sentence says it, not N-1 again.
  const quiet = e.n1Ok || n1Status(e, asOf).kind === 'down';
  const n1 = quiet ? '' : ` N-1 ${n1Text(e, asOf)}.`;
  const down = outageSentence(e, asOf);
  if (onlyOutage(e)) {
    const why = noOrderWhy(e, crit);
    return `No order: the only shortfall is this what-if's outage. ${down} Outside it ${why}.${askClause(e)}${n1}`;
  }
  if (e.orderByDate === undefined) return noOrderSentence(e, crit, n1);
  // Needed now, the order-by date is the need date (today, or the upper
  // bound's crossing within the week) less the lead time, whatever
  // happened: "by 2026-09-07 (90 days ago — overdue)" read as a deadline
  // missed (the facts beneath and the chart keep the date). The email's
  // words (whenWords), so that no page says '1 days ago'.
  const due = orderDue(e, asOf)?.kind;
  const overdue = due === 'overdue' ? ' — overdue' : '';
  const dated = `${e.orderByDate} (${whenWords(e.orderByDate, asOf)}${overdue})`;
  const why = reachedNow(e, e.critical)
    ? `${crit} is reached already (${formatUtilization(e)} now), lead time ${e.leadTimeDays} days`
    : `the upper forecast reaches ${crit} on ${e.criticalDateUpper ?? '—'}, lead time ${e.leadTimeDays} days`;
  const outage = down === '' ? '' : ` ${down}`;
  const late = lateAugmentText(e);
  if (late !== undefined) {
    const verb = expediteVerb(e).replace(/^./, (c) => c.toUpperCase());
    const order = due === 'needed-now' ? 'needed now' : `order-by ${dated}`;
    return `${verb} the planned ${late}: ${why}, ${order}; no extra ports are needed once it is in.${outage}${n1}`;
  }
  const when = due === 'needed-now' ? 'today (needed now)' : `by ${dated}`;
  const verb = e.severity === 'watch' ? 'Plan' : 'Order';
  return `${verb} ${augmentText(e)} ${when}: ${why}.${outage}${n1}`;
}

/**
 * What a group with no order-by date needs: no order, or no augment, and
 * why, with its ask where it has one and its N-1 clause (`n1`).
 */
function noOrderSentence(e: Evaluation, crit: string, n1: string): string {
  const why = noOrderWhy(e, crit);
  // The ask keeps the upper forecast under warning, so a bundle that
  // never reaches critical may still have one: the overview and the
  // partner pack show it, and this sentence must not deny it.
  const planned = plannedCounted(e);
  if (e.recommendedAddBps > 0) {
    return `No order needed within the horizon${planned}: ${why}.${askClause(e)}${n1}`;
  }
  return `No${planned && ' further'} augment needed within the horizon${planned}: ${why}.${n1}`;
}

/** The ask of a bundle with no order-by date, if it has one. */
function askClause(e: Evaluation): string {
  return e.recommendedAddBps > 0
    ? ` The ask, to stay under warning: ${augmentText(e)}.`
    : '';
}

/**
 * Why a group without an order-by date needs no order. A threshold the
 * utilization already reaches is said to be reached, as the runout facts
 * beside the sentence say, not dated on the forecast's first day over it.
 * Warning is dated on the upper forecast, as the overview's critical
 * column dates it and as the ask is sized: the mean's date (or none, when
 * only the upper bound reaches warning) said another day than the
 * overview for the same bundle (docs/architecture.md "Reports and charts").
 */
function noOrderWhy(e: Evaluation, crit: string): string {
  const now = `(${formatUtilization(e)} now)`;
  if (reachedNow(e, e.critical)) {
    return `${crit} is reached already ${now}, but the forecast stays below it`;
  }
  if (reachedNow(e, e.warning)) {
    return `warning (${formatPct(e.warning)}) is reached already ${now}, but the forecast stays below ${crit}`;
  }
  if (e.warningDateUpper === undefined)
    return `the forecast stays below ${crit}`;
  return `the upper forecast reaches warning (${formatPct(e.warning)}) on ${e.warningDateUpper} but stays below ${crit}`;
}
