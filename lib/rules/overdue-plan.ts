import { daysBetween, WEEK_DAYS } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import {
  type NeededNow,
  neededByDate,
  orderDue,
  orderPassed,
} from '#lib/domain/order-due';
import type { ExpediteChoice } from '#lib/domain/plan-status';
import { inServiceIfOrderedToday } from './in-service-if-ordered-today.ts';

export type { ExpediteChoice };

/**
 * What to do about a bundle whose order-by date has passed.
 *
 * @example
 * const p: OverduePlan = { overdueDays: 53, neededByDate: '2027-01-02',
 *   orderedTodayInService: '2027-02-24', exposedDays: 53, askPorts: 2,
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
   * Where the capacity is needed now (`orderDue`: critical reached
   * already, or on the upper bound within the week), why and from when:
   * the order-by date is the need date less the lead time, not a
   * deadline that was missed.
   */
  readonly neededNow?: NeededNow;
  /** In service on this date if the ask is ordered today (today + lead time). */
  readonly orderedTodayInService: string;
  /**
   * Days past the needed-by date the bundle runs short, ordered today: up
   * to the in-service date, or to the last day before it the upper bound
   * reaches critical with the planned augments in (`shortUntil`).
   */
  readonly exposedDays: number;
  /**
   * The day the exposure ends before the ordered augment is in service,
   * where it does: a planned augment in service then, or the upper bound
   * back under critical.
   */
  readonly exposedUntil?: {
    readonly date: string;
    /** The planned augment in service that day, if one is. */
    readonly augment?: {
      readonly reference: string;
      readonly addedBps: number;
    };
  };
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
  const until = shortUntil(e, orderedTodayInService);
  const due = orderDue(e, asOf);
  return {
    overdueDays: daysBetween(e.orderByDate, asOf),
    neededByDate: neededBy,
    ...(due?.kind === 'needed-now' ? { neededNow: due } : {}),
    orderedTodayInService,
    exposedDays: Math.max(
      0,
      daysBetween(neededBy, until?.date ?? orderedTodayInService),
    ),
    ...(until ? { exposedUntil: until } : {}),
    askPorts: e.recommendedPorts,
    askBps: e.recommendedAddBps,
    portBps: e.portBps,
    ...(e.expedite ? { expedite: e.expedite } : {}),
  };
}

/**
 * Where the bundle's shortfall ends before an augment ordered today is in
 * service (`Evaluation.shortUntil`, the day after the upper bound's last
 * day over critical): on the day a planned augment lands within a week
 * of it (the busy days' crossings stop there), else on that day where
 * the upper bound then stays under critical at least a week before the
 * ordered augment; undefined where the bundle is short until then (or
 * the evaluation does not say). Taken day by day, a weekly peak two days
 * before the in-service date read "until …, when the upper forecast is
 * back under critical", five days early.
 */
function shortUntil(
  e: Evaluation,
  orderedTodayInService: string,
): OverduePlan['exposedUntil'] {
  const date = e.shortUntil;
  if (date === undefined) return undefined;
  const landing = e.plannedAugments.find(
    (a) =>
      !a.inService &&
      daysBetween(date, a.inServiceDate) >= 0 &&
      daysBetween(date, a.inServiceDate) < WEEK_DAYS &&
      daysBetween(a.inServiceDate, orderedTodayInService) > 0,
  );
  if (landing !== undefined) {
    const { reference, addedBps, inServiceDate } = landing;
    return { date: inServiceDate, augment: { reference, addedBps } };
  }
  return daysBetween(date, orderedTodayInService) >= WEEK_DAYS
    ? { date }
    : undefined;
}
