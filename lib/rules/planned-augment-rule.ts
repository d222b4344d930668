import { daysBetween } from '#lib/domain/dates';
import { isInService } from '#lib/domain/in-service';
import { augmentSteps } from './augment-steps.ts';
import { buildCapacityTimeline } from './capacity-timeline.ts';
import { runoutDate } from './runout.ts';
import type { CapacityRule, RuleContext } from './types.ts';

/**
 * Judges each planned augment: it is in time when it is in service by the
 * day the group would reach critical (upper bound) with only the augments
 * before it; otherwise it is "too late" by the days in between. An augment
 * in time raises the capacity timeline, which moves the runout and the
 * order-by date later and so clears the alert when it is large enough.
 * An augment in service on the as-of date is marked so (`inService`): the
 * capacity already holds it from the first day, it is never late, and the
 * reports do not count it as planned.
 *
 * @example
 * plannedAugmentRule.evaluate(context, {});
 * // { plannedAugments: [{ …augment, lateByDays: 12, inService: false }] }
 */
export const plannedAugmentRule: CapacityRule = {
  id: 'planned-augment',
  description:
    'A planned augment in service before the critical runout (upper ' +
    'bound) clears the alert; one after it is too late by the gap in days',
  evaluate(context) {
    if (context.augments.length === 0) return { plannedAugments: [] };
    return {
      plannedAugments: context.augments.map((augment, index) => ({
        ...augment,
        lateByDays: lateBy(context, index),
        inService: isInService(augment, context.asOf),
      })),
    };
  },
};

function lateBy(context: RuleContext, index: number): number {
  const augment = context.augments[index]!;
  const earlier = augmentSteps(
    context.augments.slice(0, index),
    context.groupOutages,
  );
  const capacity = buildCapacityTimeline(
    0,
    earlier,
    context.asOf,
    context.baseCapacity.length,
  ).map((added, day) => added + context.baseCapacity[day]!);
  const needed = runoutDate(
    context.upper,
    capacity,
    context.thresholds.critical,
    context.asOf,
  );
  if (needed === undefined) return 0;
  return Math.max(0, daysBetween(needed, augment.inServiceDate));
}
