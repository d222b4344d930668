import type { OverduePlan } from '#lib/rules/overdue-plan';
import { formatBps } from './format.ts';
import { portsText } from './ports-text.ts';

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/**
 * Why a bundle is needed now (`OrderDue` 'needed-now'), as its runout
 * rows say it: critical reached already, or the upper bound's today.
 *
 * @param reached - the utilization now reaches critical already
 * @returns the words, e.g. 'critical reached already'
 * @example
 * neededNowWhy(false); // 'critical today at the earliest'
 */
export function neededNowWhy(reached: boolean): string {
  return reached
    ? 'critical reached already'
    : 'critical today at the earliest';
}

/**
 * The overdue plan in words: the situation, then the choices when there
 * are two (expedite a planned augment, or order the ask now). With only
 * the ask to order, one line says it all: a lone "Choice 1" would repeat
 * the situation's dates; so with only the expedite (no ask: the planned
 * augment is enough once in, and lands before an order placed today
 * could), where an order placed today was offered with nothing to order.
 * A bundle needed now says so, not "OVERDUE by" its lead time: its
 * order-by date is today less the lead time whatever happened, and read
 * as a deadline the team had missed.
 *
 * @param plan - the bundle's overdue plan
 * @returns one to three lines of plain text (escape before HTML)
 * @example
 * overdueLines(plan)[0];
 * // 'OVERDUE by 53 days. Order +1 × 100 Gbps today: in service 2027-02-24, 53 days exposed past the critical date 2027-01-02.'
 */
export function overdueLines(plan: OverduePlan): string[] {
  const head = plan.neededNow
    ? `Needed now (${neededNowWhy(plan.criticalReached)})`
    : `OVERDUE by ${days(plan.overdueDays)}`;
  // Needed now (critical reached or today on the upper bound), the
  // exposure counts from today: the head gave the reason.
  const exposed = plan.neededNow
    ? `${days(plan.exposedDays)} exposed${untilText(plan)}`
    : plan.exposedDays > 0
      ? `${days(plan.exposedDays)} exposed past the critical date ${plan.neededByDate}${untilText(plan)}`
      : `in time for the critical date ${plan.neededByDate}`;
  const ask = portsText(plan.askPorts, plan.portBps, plan.askBps);
  const x = plan.expedite;
  if (x === undefined && plan.askBps > 0) {
    return [
      `${head}. Order ${ask} today: in service ${plan.orderedTodayInService}, ${exposed}.`,
    ];
  }
  if (x !== undefined && plan.askBps <= 0) {
    return [`${head}. ${expediteText(x, plan.portBps, 'Expedite')}.`];
  }
  const lines = [
    `${head}. Ordered today, in service ${plan.orderedTodayInService}: ${exposed}.`,
  ];
  if (x !== undefined)
    lines.push(`Choice 1: ${expediteText(x, plan.portBps, 'expedite')}.`);
  if (plan.askBps > 0)
    lines.push(
      `Choice ${x ? 2 : 1}: order ${ask} now, in service ${plan.orderedTodayInService} (${days(plan.exposedDays)} exposed).`,
    );
  return lines;
}

/** Expediting the planned augment, and what it leaves to order. */
function expediteText(
  x: NonNullable<OverduePlan['expedite']>,
  portBps: number,
  verb: 'Expedite' | 'expedite',
): string {
  const rest =
    x.askBps > 0
      ? `the ask ${portsText(x.askPorts, portBps, x.askBps)} is still needed`
      : 'nothing more is needed once it is in';
  return `${verb} ${x.reference || 'the planned augment'} (+${formatBps(x.addedBps)}, in service ${x.inServiceDate}) by ${days(x.byDays)} to ${x.targetDate}; ${rest}`;
}

/**
 * Why the exposure ends before the ordered augment is in service: a
 * planned augment lands, or the upper forecast falls back under critical.
 */
function untilText({ exposedUntil: until }: OverduePlan): string {
  if (until === undefined) return '';
  if (until.augment === undefined) {
    return `, until ${until.date} when the upper forecast is back under critical`;
  }
  const { reference, addedBps } = until.augment;
  const name = reference === '' ? 'the planned augment' : reference;
  return `, until ${name} (+${formatBps(addedBps)}) is in service ${until.date}`;
}
