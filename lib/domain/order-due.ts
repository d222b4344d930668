import { daysBetween, WEEK_DAYS } from './dates.ts';
import type { Evaluation } from './evaluation.ts';
import { reachedNow, reachedOn } from './reached-now.ts';

/**
 * Where a bundle's order stands on the run's day (README "When an order
 * is overdue"): its order-by date ahead, today, or passed while the
 * capacity is needed later (a deadline missed: `overdue`), or the
 * capacity needed now (`needed-now`): its utilization reaches critical
 * already, or the upper bound does within the week (`WEEK_DAYS`). The
 * order-by date is the need date less the lead time, so a bundle needed
 * today has an order-by date one lead time ago whatever happened: a step
 * of its traffic ten days ago read "OVERDUE by 90 days", a deadline no
 * forecast could have shown, one more day each day it stayed critical.
 * A week, not today alone: a bundle whose upper bound crosses critical
 * on its weekly peak read "needed now" on the peak day and "OVERDUE 84 d"
 * the day after (the next peak six days on), back and forth each week
 * with nothing new.
 *
 * @example
 * const due: OrderDue = { kind: 'needed-now', reached: false,
 *   date: '2026-12-20', days: 6 };
 */
export type OrderDue =
  | { readonly kind: 'ahead'; readonly days: number }
  | { readonly kind: 'today' }
  | { readonly kind: 'overdue'; readonly days: number }
  | {
      readonly kind: 'needed-now';
      /** The utilization now reaches critical already (else the upper bound does within the week). */
      readonly reached: boolean;
      /** The need date (`neededByDate`): today when reached, else the upper bound's first day over critical. */
      readonly date: string;
      /** Days from today to `date`: 0 to 6. */
      readonly days: number;
    };

/**
 * The `needed-now` standing, with its need date.
 *
 * @example
 * const n: NeededNow = { kind: 'needed-now', reached: true,
 *   date: '2026-12-06', days: 0 };
 */
export type NeededNow = Extract<OrderDue, { readonly kind: 'needed-now' }>;

type DueFields = Pick<
  Evaluation,
  'orderByDate' | 'criticalDateUpper' | 'utilization' | 'critical'
>;

/**
 * The day the capacity is needed by: the critical date on the decision
 * interval's upper bound, or today when the utilization now reaches
 * critical already (a busier weekday ahead may be the forecast's first
 * day over it).
 *
 * @param e - the group's evaluation
 * @param asOf - the run's date
 * @returns a `YYYY-MM-DD` date, or undefined where critical is not
 *   reached within the horizon
 * @example
 * neededByDate({ utilization: 0.9, critical: 0.85,
 *   criticalDateUpper: '2026-12-09' }, '2026-12-06'); // '2026-12-06'
 */
export function neededByDate(
  e: Omit<DueFields, 'orderByDate'>,
  asOf: string,
): string | undefined {
  return reachedOn(e, e.critical, e.criticalDateUpper, asOf);
}

/**
 * Where a bundle's order stands (`OrderDue`): one decision for the alert's
 * subject and rows, the digest, the overview's cell, the ISP page, the
 * partner pack and the console's summary.
 * Needed now wins over the order-by date once that date is past and
 * the need date (`neededByDate`) is within the week (this week's busiest
 * day is over critical on the upper bound, whichever day of the week the
 * run falls on), or once the need date is today. An order-by date of
 * today with the need later in the week (a lead time under a week) is
 * `today`: ordered today, the capacity is in service in time.
 *
 * @param e - the group's evaluation
 * @param asOf - the run's date
 * @returns the standing, or undefined for a bundle with no order-by date
 * @example
 * orderDue({ orderByDate: '2026-09-21', utilization: 0.8,
 *   critical: 0.85, criticalDateUpper: '2026-12-20' }, '2026-12-14');
 * // { kind: 'needed-now', reached: false, date: '2026-12-20', days: 6 }
 */
export function orderDue(e: DueFields, asOf: string): OrderDue | undefined {
  if (e.orderByDate === undefined) return undefined;
  const days = daysBetween(asOf, e.orderByDate);
  if (days > 0) return { kind: 'ahead', days };
  const needed = neededThisWeek(e, asOf);
  // Due today with the need later in the week (a lead time under a
  // week): an order placed today is in service in time, as 'due today'
  // says, where 'needed now' gave the pack "as soon as possible".
  if (needed !== undefined && (days < 0 || needed.days === 0)) return needed;
  return days === 0 ? { kind: 'today' } : { kind: 'overdue', days: -days };
}

/** The `needed-now` standing where the need date is within the week. */
function neededThisWeek(e: DueFields, asOf: string): NeededNow | undefined {
  const date = neededByDate(e, asOf);
  if (date === undefined) return undefined;
  const days = Math.max(0, daysBetween(asOf, date));
  if (days >= WEEK_DAYS) return undefined;
  return { kind: 'needed-now', reached: reachedNow(e, e.critical), date, days };
}

/**
 * Whether the order-by date has gone by (`OrderDue` 'overdue', or
 * 'needed-now' with its date before today): an order placed today lands
 * after it, so the alert's "Now what", the ISP page's plan and the
 * overview's cell give the ordered-today plan (`overduePlan`). A date of
 * today is not gone by: the alert says "start now" then, with no plan.
 *
 * @param e - the group's evaluation
 * @param asOf - the run's date
 * @returns true when the order-by date is before `asOf`
 * @example
 * orderPassed({ orderByDate: '2026-09-07' }, '2026-12-06'); // true
 */
export function orderPassed<E extends Pick<Evaluation, 'orderByDate'>>(
  e: E,
  asOf: string,
): e is E & { readonly orderByDate: string } {
  return e.orderByDate !== undefined && daysBetween(asOf, e.orderByDate) < 0;
}
