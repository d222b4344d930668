import type { CapacityRule } from './types.ts';

/** Tolerance so that 2.0000000001 ports of rounding noise stay 2 ports. */
const PORT_EPSILON = 1e-9;

/**
 * The augment to order: whole ports of the group's port size so that the
 * upper-bound forecast stays under the warning threshold on every day of
 * the planning horizon, counting planned augments:
 * `ports = ceil(max_d(upper_d / warning − capacity_d) / portBps)`.
 *
 * @example
 * recommendedAugmentRule.evaluate(context, {});
 * // { recommendedPorts: 2, recommendedAddBps: 200e9 }
 */
export const recommendedAugmentRule: CapacityRule = {
  id: 'recommended-augment',
  description:
    'Ports of the group’s port size that keep the upper-bound forecast ' +
    'under warning until the end of the planning horizon',
  evaluate({ upper, capacity, planningDays, thresholds, portBps }) {
    let shortfall = 0;
    for (let day = 0; day < planningDays; day += 1) {
      const demand = upper[day]!;
      if (!Number.isFinite(demand)) continue;
      const needed = demand / thresholds.warning - capacity[day]!;
      shortfall = Math.max(shortfall, needed);
    }
    const ports =
      shortfall > 0 ? Math.ceil(shortfall / portBps - PORT_EPSILON) : 0;
    return { recommendedPorts: ports, recommendedAddBps: ports * portBps };
  },
};
