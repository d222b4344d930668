import { daysBetween } from '#lib/domain/dates';
import { utilizationOf } from '#lib/domain/reached-now';
import { whollyDown } from '#lib/domain/wholly-down';
import { augmentSteps } from './augment-steps.ts';
import { buildCapacityTimeline } from './capacity-timeline.ts';
import { askOver } from './recommended-augment-rule.ts';
import type { CapacityRule, RuleContext } from './types.ts';

/**
 * The expedite choice of an overdue plan (README "When an order is
 * overdue"): the earliest planned augment that lands too late, pulled in to
 * the critical runout on the upper bound (or today, if that has passed or
 * the utilization now already reaches critical),
 * and the ask still needed on top of it. That ask is the recommended
 * augment's (`askOver`) over the capacity timeline with the augment moved
 * to its target date: the recommended ask leaves it on its late date, so
 * it would count the shortfall the expedite removes. Found for any series
 * with a late augment; the overdue plan shows it once the order-by date has
 * passed.
 *
 * @example
 * expediteRule.evaluate(context, { criticalDateUpper: '2027-02-18',
 *   plannedAugments: [{ …augment, lateByDays: 11 }] });
 * // { expedite: { reference: 'CHG-4711', byDays: 11, askPorts: 0, … } }
 */
export const expediteRule: CapacityRule = {
  id: 'expedite',
  description:
    'The earliest planned augment that lands after the critical runout ' +
    '(upper bound), pulled in to it, and the ask still needed on top',
  evaluate(context, { plannedAugments = [], criticalDateUpper }) {
    const index = plannedAugments.findIndex((a) => a.lateByDays > 0);
    if (index < 0) return undefined;
    const late = plannedAugments[index]!;
    const { asOf } = context;
    const today = context.capacity[0] ?? 0;
    const now = utilizationOf(context.lastPeakBps, today);
    const reached = !whollyDown(today) && now >= context.thresholds.critical;
    const needed = reached ? asOf : (criticalDateUpper ?? asOf);
    // The later day: Biome reads `needed > asOf ? …` as a number max.
    const targetDate = daysBetween(asOf, needed) > 0 ? needed : asOf;
    const ask = askOver(context, pulledIn(context, index, targetDate));
    return {
      expedite: {
        reference: late.reference,
        addedBps: late.addedBps,
        inServiceDate: late.inServiceDate,
        byDays: Math.max(0, daysBetween(targetDate, late.inServiceDate)),
        targetDate,
        askPorts: ask.ports,
        askBps: ask.addBps,
      },
    };
  },
};

/**
 * Capacity per day with planned augment `index` in service from `date`
 * (`plannedAugments` lists `context.augments` in the same order).
 */
function pulledIn(context: RuleContext, index: number, date: string): number[] {
  const moved = context.augments.map((a, i) =>
    i === index ? { ...a, inServiceDate: date } : a,
  );
  const steps = augmentSteps(moved, context.groupOutages);
  return buildCapacityTimeline(
    0,
    steps,
    context.asOf,
    context.baseCapacity.length,
  ).map((added, day) => added + context.baseCapacity[day]!);
}
