import { whollyDown } from '#lib/domain/wholly-down';
import type { CapacityRule, RuleContext } from './types.ts';

/** Tolerance so that 2.0000000001 ports of rounding noise stay 2 ports. */
const PORT_EPSILON = 1e-9;

/**
 * The fewest days the ask counts, a week: daily peaks follow a weekly
 * pattern, and a shorter span (lead time ending near or past the horizon)
 * would size the ask by the weekday the horizon happens to end on.
 */
const MIN_COUNTED_DAYS = 7;

/**
 * An ask: whole ports and the capacity they add.
 *
 * @example
 * const ask: Ask = { ports: 2, addBps: 200e9 };
 */
export interface Ask {
  readonly ports: number;
  readonly addBps: number;
}

/**
 * The augment to order: whole ports of the group's port size so that the
 * upper-bound forecast stays under the warning threshold on every day of
 * the planning horizon on which an order placed today could be in service
 * (from today + lead time on), counting planned augments:
 * `ports = ceil(max_{d ≥ min(lead, horizon − 7)}(upper_d / warning − capacity_d) / portBps)`.
 *
 * @example
 * recommendedAugmentRule.evaluate(context, {});
 * // { recommendedPorts: 2, recommendedAddBps: 200e9 }
 */
export const recommendedAugmentRule: CapacityRule = {
  id: 'recommended-augment',
  description:
    'Ports of the group’s port size that keep the upper-bound forecast ' +
    'under warning from the day an order placed today could be in ' +
    'service until the end of the planning horizon',
  evaluate(context) {
    const ask = askOver(context, context.capacity);
    return { recommendedPorts: ask.ports, recommendedAddBps: ask.addBps };
  },
};

/**
 * The ask over a capacity timeline: the recommended augment's sizing,
 * which the expedite choice also uses with its augment pulled in. Days
 * before today + lead time do not count: nothing ordered today can be in
 * service then, so a shortfall there is exposure, not a reason to order
 * more (on an overdue bundle it would size the ask by days it cannot
 * cover). When fewer than a week's days are left from today + lead time
 * to the planning horizon's end (or none), the horizon's last week counts.
 * Days with no capacity do not count either: a what-if has the whole
 * bundle down then, the ports of an augment included (docs/architecture.md
 * "Capacity over time"), so more ports there would not help.
 *
 * @param context - upper bound, thresholds, port size, lead time, horizon
 * @param capacity - capacity per forecast day (bps)
 * @returns whole ports and the bps they add (0 when nothing is short)
 * @example
 * askOver(context, context.capacity); // { ports: 1, addBps: 100e9 }
 */
export function askOver(
  context: Pick<
    RuleContext,
    'upper' | 'thresholds' | 'portBps' | 'leadTimeDays' | 'planningDays'
  >,
  capacity: readonly number[],
): Ask {
  const { upper, thresholds, portBps, planningDays } = context;
  const lastWeek = planningDays - MIN_COUNTED_DAYS;
  const first = Math.max(0, Math.min(context.leadTimeDays, lastWeek));
  let shortfall = 0;
  for (let day = first; day < planningDays; day += 1) {
    const demand = upper[day]!;
    if (!Number.isFinite(demand) || whollyDown(capacity[day]!)) continue;
    const needed = demand / thresholds.warning - capacity[day]!;
    shortfall = Math.max(shortfall, needed);
  }
  const ports =
    shortfall > 0 ? Math.ceil(shortfall / portBps - PORT_EPSILON) : 0;
  return { ports, addBps: ports * portBps };
}
