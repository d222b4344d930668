import { DEFAULT_CONFIG } from '#lib/config';
import type { DemandParams, GroupShape, SampleOutcome } from './plan-types.ts';
import {
  earlyAugmentDemand,
  lateAugmentDemand,
  orderNowDemand,
} from './plan-urgent.ts';
import { between, type Rng, shuffled } from './prng.ts';

/**
 * Decides what each group should look like on the day after the sample and
 * designs its demand backwards from that: the end utilization and growth are
 * chosen first, and the traffic history is derived from them, so that the
 * mix of outcomes holds for every seed.
 *
 * @param rng - the plan's generator
 * @param shapes - the groups, in creation order
 * @param days - length of the history
 * @returns one demand description per group
 * @example
 * assignOutcomes(rng, planGroupShapes(rng, 100), 430);
 */
export function assignOutcomes(
  rng: Rng,
  shapes: readonly GroupShape[],
  days: number,
): DemandParams[] {
  const outcomes = planOutcomeList(rng, shapes);
  return shapes.map((shape, i) =>
    demandFor(rng, shape, outcomes[i] ?? 'fine', days),
  );
}

/** Fixed counts per outcome; the first three-link group is N-1 broken. */
function planOutcomeList(
  rng: Rng,
  shapes: readonly GroupShape[],
): SampleOutcome[] {
  const n = shapes.length;
  const outcomes: SampleOutcome[] = shapes.map(() => 'fine');
  const n1 = shapes.findIndex((shape) => shape.size === 3);
  if (n1 >= 0) outcomes[n1] = 'n1-broken';
  const others = shuffled(
    rng,
    shapes.map((_, i) => i).filter((i) => i !== n1),
  );
  const quota: readonly (readonly [SampleOutcome, number])[] = [
    ['order-now', Math.max(1, Math.round(n * 0.07))],
    ['warning', Math.max(1, Math.round(n * 0.1))],
    ['augment-late', 1],
    ['augment-early', 1],
    ['watch', Math.round(n * 0.1)],
  ];
  let next = 0;
  for (const [outcome, count] of quota) {
    for (let c = 0; c < count && next < others.length; c++) {
      outcomes[others[next++]!] = outcome;
    }
  }
  return outcomes;
}

function demandFor(
  rng: Rng,
  shape: GroupShape,
  outcome: SampleOutcome,
  days: number,
): DemandParams {
  const base = { outcome, inRatio: inRatioFor(rng, shape), changeDay: 0 };
  const steady = (u: number, g: number): DemandParams => ({
    ...base,
    endUtilization: u,
    growthBefore: g,
    growthAfter: g,
  });
  const lead = DEFAULT_CONFIG.leadTimeDays[shape.linkType];
  switch (outcome) {
    case 'watch':
      return steady(between(rng, 0.5, 0.65), between(rng, 0.1, 0.3));
    case 'warning':
      return steady(between(rng, 0.71, 0.8), between(rng, 0, 0.12));
    case 'n1-broken':
      return steady(between(rng, 0.75, 0.8), between(rng, 0.03, 0.1));
    case 'order-now':
      return orderNowDemand(rng, shape, lead, days, base);
    case 'augment-late':
      return lateAugmentDemand(rng, shape, base);
    case 'augment-early':
      return earlyAugmentDemand(rng, shape, base);
    default:
      return fine(rng, days, steady);
  }
}

/** Most groups: under half full, slow growth, some that changed pace. */
function fine(
  rng: Rng,
  days: number,
  steady: (u: number, g: number) => DemandParams,
): DemandParams {
  const plain = steady(between(rng, 0.15, 0.45), between(rng, 0, 0.3));
  if (rng() >= 0.3) return plain;
  const slowing = rng() < 0.5;
  return {
    ...plain,
    growthBefore: slowing ? between(rng, 0.5, 0.8) : between(rng, 0, 0.05),
    growthAfter: slowing ? between(rng, 0, 0.12) : between(rng, 0.2, 0.3),
    changeDay: Math.round(days * between(rng, 0.4, 0.7)),
  };
}

function inRatioFor(rng: Rng, shape: GroupShape): number {
  if (shape.linkType === 'transit') return between(rng, 0.35, 0.7);
  if (shape.linkType === 'cache') return between(rng, 0.02, 0.05);
  return between(rng, 0.06, 0.14);
}
