import type { Evaluation } from '#lib/domain/evaluation';
import { orderDue } from '#lib/domain/order-due';
import { overduePlan } from '#lib/rules/overdue-plan';
import { emailWhen } from './email-format.ts';
import { emailRow } from './email-row.ts';
import { formatBps } from './format.ts';
import { formatUtilization } from './format-utilization.ts';
import { lateAugment } from './late-augment-text.ts';
import { outageDays } from './outage-text.ts';
import { neededNowWhy, overdueLines } from './overdue-text.ts';

/**
 * The value of a group's "Order by" row: the order-by date and the lead
 * time, with "now" and why where the need is now, and what to start
 * when the date is today or past (an order, or a late planned augment
 * brought in).
 *
 * @param e - the group's evaluation
 * @param asOf - the run's date
 * @returns the row's value
 * @example
 * orderByText(evaluation, '2026-11-26');
 * // '2026-11-20 (6 days ago), start now; lead time 90 days'
 */
export function orderByText(e: Evaluation, asOf: string): string {
  if (e.orderByDate === undefined) return 'no order needed within the horizon';
  const due = orderDue(e, asOf);
  if (due?.kind === 'needed-now')
    return `now: ${neededNowWhy(due)}; lead time ${e.leadTimeDays} days`;
  // Due today or overdue (`orderDue`): the order goes out now, or, with
  // no ask beside a late planned augment, that augment is brought in
  // (`Ask for: no extra ports` left 'start now' nothing to start).
  const now =
    due?.kind === 'ahead'
      ? ''
      : lateAugment(e)
        ? ', expedite the planned augment'
        : ', start now';
  return `${emailWhen(e.orderByDate, asOf)}${now}; lead time ${e.leadTimeDays} days`;
}

/**
 * The value of a group's "Ask for" row: the ports, and their total where
 * there are several.
 *
 * @param e - the group's evaluation
 * @returns the row's value
 * @example
 * askText(evaluation); // '2 × 100 Gbps ports (+200 Gbps)'
 */
export function askText(e: Evaluation): string {
  if (e.recommendedPorts === 0)
    return 'no extra ports within the planning horizon';
  const ports = `${e.recommendedPorts} × ${formatBps(e.portBps)}`;
  // Of one port, the total would repeat its size: "(+100 Gbps)".
  return e.recommendedPorts === 1
    ? `${ports} port`
    : `${ports} ports (+${formatBps(e.recommendedAddBps)})`;
}

/**
 * A what-if's whole-bundle outage: the order is for the days outside it.
 *
 * @param e - the group's evaluation
 * @param asOf - the run's date
 * @returns the "Outage" row, or none
 * @example
 * outageRows(evaluation, '2026-01-01');
 */
export function outageRows(e: Evaluation, asOf: string): string[] {
  const days = outageDays(e, asOf);
  if (days === '') return [];
  return [
    emailRow(
      'Outage',
      `whole bundle down ${days} in this what-if: no augment fixes that, so the order and the ask are for the days outside it`,
    ),
  ];
}

/**
 * The value of a group's "Now" row: its p95 against its capacity.
 *
 * @param e - the group's evaluation
 * @returns the row's value
 * @example
 * nowText(evaluation); // 'p95 312 Gbps of 400 Gbps = 78.1%'
 */
export function nowText(e: Evaluation): string {
  return `p95 ${formatBps(e.lastPeakBps)} of ${formatBps(e.capacityBps)} = ${formatUtilization(e)}`;
}

/**
 * The "Now what" rows of a group whose order-by date has passed: the
 * plan, and the choices where a planned augment could be brought in.
 *
 * @param e - the group's evaluation
 * @param asOf - the run's date
 * @returns the rows, or none
 * @example
 * overdueRows(evaluation, '2026-11-26');
 */
export function overdueRows(e: Evaluation, asOf: string): string[] {
  const plan = overduePlan(e, asOf);
  if (plan === undefined) return [];
  return overdueLines(plan).map((line, i) =>
    emailRow(i === 0 ? 'Now what' : '', line),
  );
}
