import { addDays } from '#lib/domain/dates';
import type { OutageDays } from '#lib/domain/plan-status';
import { whollyDown } from '#lib/domain/wholly-down';
import type { CapacityRule } from './types.ts';

/**
 * The days a what-if leaves a series no capacity at all (its whole
 * bundle down, the augments' ports with it): the runout skips them
 * (`firstCrossing`), so they set no order-by date and no ask, and the
 * reports name them instead, as a shortfall no augment fixes. Nothing
 * in a real run, where every link has capacity.
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
  evaluate({ capacity, asOf }) {
    const outages: OutageDays[] = [];
    let from: number | undefined;
    capacity.forEach((bps, day) => {
      if (whollyDown(bps)) {
        from ??= day;
        return;
      }
      if (from === undefined) return;
      outages.push({ from: addDays(asOf, from), until: addDays(asOf, day) });
      from = undefined;
    });
    if (from !== undefined) outages.push({ from: addDays(asOf, from) });
    return outages.length > 0 ? { outages } : undefined;
  },
};
