import type { DemandParams } from './plan-types.ts';
import { between, type Rng, shuffled, wholeBetween } from './prng.ts';

const OWNERS = ['peering-uk', 'peering-dach', 'peering-south', 'peering-mea'];

/**
 * Adds the inventory's rarer features to a few quiet groups: a capacity
 * upgrade in mid-history (the LAG doubles), a lead time override, and an
 * owner. Only `fine` groups get upgrades and lead-time overrides, so the
 * designed outcomes of the others stay as planned.
 *
 * @param rng - the plan's generator
 * @param params - demand per group, from `assignOutcomes`
 * @param days - length of the history
 * @returns the same groups with extras set on a few
 * @example
 * addPlanExtras(rng, assignOutcomes(rng, shapes, 430), 430);
 */
export function addPlanExtras(
  rng: Rng,
  params: readonly DemandParams[],
  days: number,
): DemandParams[] {
  const result = [...params];
  const quiet = shuffled(
    rng,
    params.flatMap((p, i) =>
      p.outcome === 'fine' && p.endUtilization <= 0.4 ? [i] : [],
    ),
  );
  const upgrades =
    days >= 30 ? Math.max(1, Math.round(params.length * 0.08)) : 0;
  let next = 0;
  for (let k = 0; k < upgrades && next < quiet.length; k++) {
    const i = quiet[next++]!;
    const upgradeDay = Math.round(days * between(rng, 0.35, 0.75));
    result[i] = { ...result[i]!, upgradeDay };
  }
  for (let k = 0; k < 2 && next < quiet.length; k++) {
    const i = quiet[next++]!;
    result[i] = { ...result[i]!, leadTimeDays: k === 0 ? 150 : 30 };
  }
  const anyGroup = shuffled(
    rng,
    params.map((_, i) => i),
  ).slice(0, 3);
  for (const i of anyGroup) {
    const owner = OWNERS[wholeBetween(rng, 0, OWNERS.length - 1)]!;
    result[i] = { ...result[i]!, owner };
  }
  return result;
}
