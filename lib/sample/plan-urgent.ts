import { DEFAULT_CONFIG, thresholdsFor } from '#lib/config';
import type { DemandParams, GroupShape } from './plan-types.ts';
import { between, type Rng } from './prng.ts';

/** The fields every demand description starts from. */
export type DemandBase = Pick<
  DemandParams,
  'outcome' | 'inRatio' | 'changeDay'
>;

/**
 * The end utilization that reaches the critical threshold `daysToCritical`
 * days after the end at a steady yearly growth: u = critical / (1+g)^(D/365).
 */
function utilizationBefore(
  shape: GroupShape,
  growth: number,
  daysToCritical: number,
): number {
  const { critical } = thresholdsFor(DEFAULT_CONFIG, shape.linkType);
  return critical / (1 + growth) ** (daysToCritical / 365);
}

/**
 * A group that reaches critical about its lead time from now, growing
 * 50–80 %/year (half of them flat until mid-history): the order must go
 * out now or within the month.
 *
 * @param rng - the plan's generator
 * @param shape - the group
 * @param lead - the link type's lead time in days
 * @param days - length of the history
 * @param base - outcome, in/out ratio and change day
 * @returns the demand design
 * @example
 * orderNowDemand(rng, shape, 90, 430, base).endUtilization; // about 0.75
 */
export function orderNowDemand(
  rng: Rng,
  shape: GroupShape,
  lead: number,
  days: number,
  base: DemandBase,
): DemandParams {
  const g = between(rng, 0.5, 0.8);
  const daysToCritical = Math.max(20, lead + between(rng, -50, 10));
  const u = utilizationBefore(shape, g, daysToCritical);
  // Half of these were flat and took off part-way through the history.
  const surprise = rng() < 0.5;
  return {
    ...base,
    endUtilization: u,
    growthBefore: surprise ? between(rng, 0, 0.1) : g,
    growthAfter: g,
    changeDay: surprise ? Math.round(days * between(rng, 0.5, 0.65)) : 0,
  };
}

/**
 * A group with an augment ordered that lands two to three months after the
 * critical runout: too late, still critical.
 *
 * @param rng - the plan's generator
 * @param shape - the group
 * @param base - outcome, in/out ratio and change day
 * @returns the demand design with its augment
 * @example
 * lateAugmentDemand(rng, shape, base).augment; // { afterEndDays: 120, ports: 1 }
 */
export function lateAugmentDemand(
  rng: Rng,
  shape: GroupShape,
  base: DemandBase,
): DemandParams {
  const g = between(rng, 0.55, 0.7);
  const daysToCritical = between(rng, 40, 70);
  const u = utilizationBefore(shape, g, daysToCritical);
  const afterEndDays = Math.round(daysToCritical + between(rng, 60, 90));
  return {
    ...base,
    endUtilization: u,
    growthBefore: g,
    growthAfter: g,
    augment: { afterEndDays, ports: 1 },
  };
}

/**
 * A group whose augment, doubling it, lands a month from now: long before
 * its runout, so it stays out of critical.
 *
 * @param rng - the plan's generator
 * @param shape - the group
 * @param base - outcome, in/out ratio and change day
 * @returns the demand design with its augment
 * @example
 * earlyAugmentDemand(rng, shape, base).augment; // { afterEndDays: 30, ports: 2 }
 */
export function earlyAugmentDemand(
  rng: Rng,
  shape: GroupShape,
  base: DemandBase,
): DemandParams {
  const g = between(rng, 0.4, 0.55);
  const u = utilizationBefore(shape, g, between(rng, 110, 150));
  return {
    ...base,
    endUtilization: u,
    growthBefore: g,
    growthAfter: g,
    augment: {
      afterEndDays: Math.round(between(rng, 25, 35)),
      ports: shape.size,
    },
  };
}
