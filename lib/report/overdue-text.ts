import type { NeededNow } from '#lib/domain/order-due';
import type { OverduePlan } from '#lib/rules/overdue-plan';
import { daysWords } from './email-format.ts';
import { formatBps } from './format.ts';
import { portsText } from './ports-text.ts';

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/**
 * Why a bundle is needed now (`OrderDue` 'needed-now'), as its runout
 * rows say it: critical reached already, or the upper bound's first day
 * over it, today or later in the week. A bundle whose upper bound
 * crosses on its weekly peak is needed now every day of the week, and
 * says which day that peak is: "today" for a peak six days ahead read as
 * if critical were today.
 *
 * @param n - the standing (`orderDue`)
 * @returns the words, e.g. 'critical reached already'
 * @example
 * neededNowWhy({ reached: false, date: '2026-12-20', days: 6 });
 * // 'critical in 6 days at the earliest, on 2026-12-20'
 */
export function neededNowWhy(
  n: Pick<NeededNow, 'reached' | 'date' | 'days'>,
): string {
  if (n.reached) return 'critical reached already';
  const when = daysWords(n.days);
  return n.days === 0
    ? `critical ${when} at the earliest`
    : `critical ${when} at the earliest, on ${n.date}`;
}

/**
 * The overdue plan in words: the situation, then the choices when there
 * are two (expedite a planned augment, or order the ask now). With only
 * the ask to order, one line says it all: a lone "Choice 1" would repeat
 * the situation's dates; so with only the expedite (no ask: the planned
 * augment is enough once in, and lands before an order placed today
 * could), where an order placed today was offered with nothing to order.
 * A bundle needed now says so, not "OVERDUE by" its lead time: its
 * order-by date is its need date (today, or its weekly peak later in the
 * week) less the lead time whatever happened, and read as a deadline the
 * team had missed.
 *
 * @param plan - the bundle's overdue plan
 * @returns one to three lines of plain text (escape before HTML)
 * @example
 * overdueLines(plan)[0];
 * // 'OVERDUE by 53 days. Order +1 × 100 Gbps today: in service 2027-02-24, 53 days exposed past the critical date 2027-01-02.'
 */
export function overdueLines(plan: OverduePlan): string[] {
  const needed = plan.neededNow;
  const head = needed
    ? `Needed now (${neededNowWhy(needed)})`
    : `OVERDUE by ${days(plan.overdueDays)}`;
  // Needed now, the head gave the reason and the need date: the exposure
  // counts from that date, today or later in the week.
  const from = needed && needed.days > 0 ? ` from ${needed.date}` : '';
  const exposed = needed
    ? `${days(plan.exposedDays)} exposed${from}${untilText(plan)}`
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
