import { addDays, daysBetween } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import { neededByDate, orderDue, orderPassed } from '#lib/domain/order-due';
import type { ExpediteChoice } from '#lib/domain/plan-status';
import { reachedNow } from '#lib/domain/reached-now';

export type { ExpediteChoice };

/**
 * What to do about a bundle whose order-by date has passed.
 *
 * @example
 * const p: OverduePlan = { overdueDays: 53, neededByDate: '2027-01-02',
 *   neededNow: false, criticalReached: false, orderedTodayInService: '2027-02-24', exposedDays: 53, askPorts: 2,
 *   askBps: 200e9, portBps: 100e9 };
 */
export interface OverduePlan {
  /** Days since the order-by date. */
  readonly overdueDays: number;
  /**
   * The critical date on the upper bound: capacity is needed by then;
   * today when the utilization now already reaches critical.
   */
  readonly neededByDate: string;
  /**
   * The needed-by date is today (`orderDue`): the order-by date is one
   * lead time ago by construction, not a deadline that was missed.
   */
  readonly neededNow: boolean;
  /** The utilization now already reaches critical. */
  readonly criticalReached: boolean;
  /** In service on this date if the ask is ordered today (today + lead time). */
  readonly orderedTodayInService: string;
  /** Days past the needed-by date the bundle runs short, ordered today. */
  readonly exposedDays: number;
  readonly askPorts: number;
  readonly askBps: number;
  readonly portBps: number;
  /**
   * The earliest planned augment that lands too late, if any, with the ask
   * still needed on top of it (the rules size it: `expediteRule`).
   */
  readonly expedite?: ExpediteChoice;
}

/**
 * The overdue plan of a bundle (the order-by date is before today): in
 * service on which date if ordered today, days exposed past the critical
 * date, and the choices — expedite the late planned change by N days, or
 * order the ask now.
 *
 * @param e - the group's evaluation
 * @param asOf - today
 * @returns the plan, or undefined when the bundle is not overdue
 * @example
 * overduePlan(e, '2026-11-26')?.orderedTodayInService; // '2027-02-24'
 */
export function overduePlan(
  e: Evaluation,
  asOf: string,
): OverduePlan | undefined {
  if (!orderPassed(e, asOf)) return undefined;
  const neededBy = neededByDate(e, asOf) ?? asOf;
  const orderedTodayInService = inServiceIfOrderedToday(e, asOf);
  return {
    overdueDays: daysBetween(e.orderByDate, asOf),
    neededByDate: neededBy,
    neededNow: orderDue(e, asOf)?.kind === 'needed-now',
    criticalReached: reachedNow(e, e.critical),
    orderedTodayInService,
    exposedDays: Math.max(0, daysBetween(neededBy, orderedTodayInService)),
    askPorts: e.recommendedPorts,
    askBps: e.recommendedAddBps,
    portBps: e.portBps,
    ...(e.expedite ? { expedite: e.expedite } : {}),
  };
}

/**
 * When an augment ordered today would be in service: today plus the
 * group's lead time. Drawn on the chart, written in the overdue cell and
 * in the overdue plan, always from here.
 *
 * @param e - the group's evaluation
 * @param asOf - the run's today
 * @returns the ISO day
 * @example
 * inServiceIfOrderedToday({ leadTimeDays: 90 }, '2026-11-26'); // '2027-02-24'
 */
export function inServiceIfOrderedToday(
  e: Pick<Evaluation, 'leadTimeDays'>,
  asOf: string,
): string {
  return addDays(asOf, e.leadTimeDays);
}
