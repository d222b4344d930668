import type { DemandParams, GroupShape } from './plan-types.ts';

/** Days before the end when the sample's traffic step happens. */
export const STEP_DAYS_BEFORE_END = 10;
/** New level over the old one: traffic moved onto the link (+70 %). */
export const STEP_RATIO = 1.7;

/**
 * Gives one quiet single-link group a step up of its traffic late in the
 * history (an ISP moved traffic onto it, README "The forecast engine"): +70 %
 * ten days before the end, to 90 % of capacity, above the critical
 * threshold, so that the followed step calls for an order now. The group
 * is chosen without the generator (the last fine single-link group
 * without extras), so every other group stays as it was.
 *
 * @param shapes - the groups' shapes
 * @param params - demand per group (after `addPlanExtras`)
 * @param days - length of the history
 * @returns the same groups, one with a step
 * @example
 * addLateStep(shapes, params, 430).find((p) => p.step)?.outcome; // 'step-up'
 */
export function addLateStep(
  shapes: readonly GroupShape[],
  params: readonly DemandParams[],
  days: number,
): DemandParams[] {
  const result = [...params];
  if (days < 60) return result;
  const i = result.findLastIndex(
    (p, k) =>
      p.outcome === 'fine' &&
      shapes[k]!.size === 1 &&
      p.upgradeDay === undefined &&
      p.leadTimeDays === undefined &&
      p.owner === undefined &&
      p.augment === undefined,
  );
  if (i < 0) return result;
  result[i] = {
    ...result[i]!,
    outcome: 'step-up',
    endUtilization: 0.9,
    step: { day: days - STEP_DAYS_BEFORE_END, ratio: STEP_RATIO },
  };
  return result;
}
