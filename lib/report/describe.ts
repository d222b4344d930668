import type { Evaluation } from '#lib/domain/evaluation';
import { orderDue } from '#lib/domain/order-due';
import { augmentsOf } from '#lib/domain/plan-status';
import { reachedNow } from '#lib/domain/reached-now';
import type { Severity } from '#lib/domain/vocabulary';
import { whenWords } from './email-format.ts';
import { escapeHtml, formatBps, formatPct } from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { expediteVerb, lateAugmentText } from './late-augment-text.ts';
import { BUNDLE_DOWN, n1Status, SINGLE_LINK } from './n1-status.ts';
import { onlyOutage, outageSentence } from './outage-text.ts';
import { plannedCounted } from './planned-counted.ts';
import { portsText } from './ports-text.ts';

/**
 * A severity as a labelled badge (word and colour, so print keeps it).
 *
 * @param severity - ok, watch, warning or critical
 * @returns the HTML badge
 * @example
 * severityBadge('critical'); // '<span class="sev critical">critical</span>'
 */
export function severityBadge(severity: Severity): string {
  return `<span class="sev ${severity}">${severity}</span>`;
}

/**
 * The recommended augment in words.
 *
 * @param e - the evaluation
 * @returns e.g. '+2 × 100 Gbps (200 Gbps)', '+1 × 100 Gbps', or 'none'
 * @example
 * augmentText(e); // '+1 × 100 Gbps'
 */
export function augmentText(e: Evaluation): string {
  if (e.recommendedAddBps <= 0) return 'none';
  return portsText(e.recommendedPorts, e.portBps, e.recommendedAddBps);
}

/**
 * The N-1 status in words.
 *
 * @param e - the evaluation
 * @param asOf - the run's date (a breach on or before it: 'fails now', or
 *   'OK today; at risk now on the upper bound' for a peak that fits)
 * @returns e.g. 'OK', 'OK; fails from <date> on the upper bound', 'fails now'
 * @example
 * n1Text(e, '2026-11-26'); // 'OK; fails from 2027-01-04 on the upper bound'
 */
export function n1Text(e: Evaluation, asOf: string): string {
  const s = n1Status(e, asOf);
  if (s.kind === 'single') return SINGLE_LINK;
  if (s.kind === 'down') return BUNDLE_DOWN;
  if (s.kind === 'ok') return 'OK';
  if (s.kind === 'ok-until')
    return `OK; fails from ${s.date} on the upper bound`;
  if (s.kind === 'ok-today') return 'OK today; at risk now on the upper bound';
  return s.from === undefined ? 'fails now' : `fails from ${s.from}`;
}

/**
 * The group's augments still to come, with whether each lands in time.
 *
 * @param e - the evaluation
 * @returns HTML, e.g. '+100 Gbps on 2027-02-01 (CHG-1, 12 d late)', or '—'
 * @example
 * plannedText(e);
 */
export function plannedText(e: Evaluation): string {
  const planned = augmentsOf(e, false);
  if (planned.length === 0) return '—';
  return planned
    .map((a) => {
      const late =
        a.lateByDays > 0
          ? `, <span class="bad">${a.lateByDays} d late</span>`
          : '';
      const ref = a.reference === '' ? '' : `${escapeHtml(a.reference)}`;
      return `+${formatBps(a.addedBps)} on ${a.inServiceDate} (${ref || 'planned'}${late})`;
    })
    .join('<br>');
}

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
  if (e.orderByDate === undefined) {
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
