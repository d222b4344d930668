import { runoutDate } from './runout.ts';
import type { CapacityRule } from './types.ts';

/**
 * Runout dates for warning, critical and 100% on the mean forecast and
 * on the upper bound of the decision interval, against the capacity
 * timeline (planned augments and scenario changes included).
 *
 * @example
 * runoutRule.evaluate(context, {}); // { warningDate: '2027-01-04', … }
 */
export const runoutRule: CapacityRule = {
  id: 'runout',
  description:
    'First day the mean and the upper-bound forecast reach warning, ' +
    'critical and 100% of the capacity in force that day',
  evaluate({ mean, upper, capacity, thresholds, asOf }) {
    const on = (demand: readonly number[], ratio: number) =>
      runoutDate(demand, capacity, ratio, asOf);
    return {
      warningDate: on(mean, thresholds.warning),
      criticalDate: on(mean, thresholds.critical),
      fullDate: on(mean, 1),
      warningDateUpper: on(upper, thresholds.warning),
      criticalDateUpper: on(upper, thresholds.critical),
      fullDateUpper: on(upper, 1),
    };
  },
};
