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

/** Runs out about its lead time from now: the order must go out now. */
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

/** An augment is ordered but lands well after the critical runout. */
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

/** An augment doubling the group lands a month from now, long before runout. */
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
