import { compareCodePoints } from '#lib/domain/code-point-order';
import { addDays } from '#lib/domain/dates';
import type { OutageDays } from '#lib/domain/plan-status';
import { whollyDown } from '#lib/domain/wholly-down';
import type { CapacityRule, GroupOutage } from './types.ts';

/**
 * The days a what-if leaves a series no capacity at all (its whole
 * bundle down, the augments' ports with it): the runout skips them
 * (`firstCrossing`), so they set no order-by date and no ask, and the
 * reports name them instead, as a shortfall no augment fixes. Nothing
 * in a real run, where every link has capacity. An outage under way on
 * the as-of date is dated from its real first day (the scenario's
 * event), not from the first forecast day the capacity shows it on.
 *
 * @example
 * outageRule.evaluate(context, {});
 * // { outages: [{ from: '2026-12-10', until: '2026-12-17' }] }
 */
export const outageRule: CapacityRule = {
  id: 'outage',
  description:
    'Days a what-if has the whole bundle down: no augment adds capacity ' +
    'then, so they are reported, not ordered for',
  evaluate({ capacity, asOf, groupOutages }) {
    const outages: OutageDays[] = [];
    let from: number | undefined;
    capacity.forEach((bps, day) => {
      if (whollyDown(bps)) {
        from ??= day;
        return;
      }
      if (from === undefined) return;
      const first = dayOf(from, asOf, groupOutages);
      outages.push({ from: first, until: addDays(asOf, day) });
      from = undefined;
    });
    if (from !== undefined) {
      outages.push({ from: dayOf(from, asOf, groupOutages) });
    }
    return outages.length > 0 ? { outages } : undefined;
  },
};

/**
 * The first day of an outage seen from forecast day `day` on. One seen
 * from day 0 may have begun earlier: the series is wholly down then only
 * when each of its groups is, so it began on the latest first day of the
 * group outages under way on the as-of date.
 */
function dayOf(
  day: number,
  asOf: string,
  groupOutages: readonly GroupOutage[],
): string {
  if (day > 0) return addDays(asOf, day);
  return (
    groupOutages
      .filter(
        (o) => o.from <= asOf && (o.until === undefined || o.until > asOf),
      )
      .reduce(
        (latest, o) =>
          compareCodePoints(o.from, latest) > 0 ? o.from : latest,
        '',
      ) || asOf
  );
}
