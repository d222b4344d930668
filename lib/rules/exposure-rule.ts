import { addDays } from '#lib/domain/dates';
import { orderPassed } from '#lib/domain/order-due';
import { firstCrossing } from './runout.ts';
import type { CapacityRule } from './types.ts';

/**
 * The end of the days a bundle whose order-by date has passed runs short
 * before an augment ordered today is in service (README "When an order
 * is overdue"): the day after the last such day on which the upper bound
 * reaches critical of the capacity in force, planned augments included.
 * The overdue plan counts its days exposed up to it. Counted up to the
 * in-service date alone, a planned augment one day late read "31 days
 * exposed" beside the order now, where the bundle ran short one day; so
 * did a seasonal peak the forecast falls back from. The critical date
 * is the runout's: a bundle is short from it on, through the dips of
 * its week, to the last day it crosses (`shortUntil`: `asOf` when no
 * day crosses).
 *
 * @example
 * exposureRule.evaluate(context, { orderByDate: '2026-09-21' });
 * // { shortUntil: '2027-01-04' }
 */
export const exposureRule: CapacityRule = {
  id: 'exposure',
  description:
    'Where the order-by date has passed: the last day before an augment ' +
    'ordered today is in service on which the upper bound reaches ' +
    'critical of the capacity in force',
  evaluate({ upper, capacity, thresholds, asOf, leadTimeDays }, found) {
    if (!orderPassed(found, asOf)) return undefined;
    // The last crossing before the in-service day is the first one of
    // the days read backwards.
    const days = Math.min(leadTimeDays, upper.length);
    const back = (xs: readonly number[]) => xs.slice(0, days).reverse();
    const last = firstCrossing(
      back(upper),
      back(capacity),
      thresholds.critical,
    );
    return { shortUntil: addDays(asOf, last === undefined ? 0 : days - last) };
  },
};
