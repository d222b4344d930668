import { dailyProfile, SLOTS_PER_DAY } from './daily-profile.ts';
import { groupDemand } from './group-demand.ts';
import { appendLinkRows, capacityOn } from './link-rows.ts';
import { downMask, type Outage, planOutages } from './outages.ts';
import type { SampleGroup, SamplePlan } from './plan-types.ts';
import type { RowBuffer } from './row-buffer.ts';

/** What every day's generation reuses: profiles, outages, scratch space. */
export interface DayGenerator {
  readonly plan: SamplePlan;
  readonly profiles: readonly Float64Array[];
  readonly outages: readonly Outage[][];
  readonly demand: Float64Array;
  readonly masks: readonly Uint8Array[];
  readonly shares: readonly Float64Array[];
}

/**
 * Prepares the per-plan state that every day shares.
 *
 * @param plan - the sample plan
 * @returns a generator for `appendDayRows`
 * @example
 * const generator = createDayGenerator(plan);
 */
export function createDayGenerator(plan: SamplePlan): DayGenerator {
  const widest = Math.max(...plan.groups.map((g) => g.links.length));
  const scratch = <T>(make: () => T): T[] =>
    Array.from({ length: widest }, make);
  return {
    plan,
    profiles: plan.groups.map((g) =>
      dailyProfile(g.isp.eyeball, g.site.utcOffsetHours),
    ),
    outages: planOutages(plan.seed, plan.groups, plan.days),
    demand: new Float64Array(SLOTS_PER_DAY),
    masks: scratch(() => new Uint8Array(SLOTS_PER_DAY)),
    shares: scratch(() => new Float64Array(SLOTS_PER_DAY)),
  };
}

/**
 * Appends one day's traffic rows, link after link, unless the day is one
 * of the plan's missing days; on the partial day one link is left out.
 *
 * @param generator - from `createDayGenerator`
 * @param day - day offset
 * @param rows - where the rows go
 * @returns the number of rows appended
 * @example
 * appendDayRows(generator, 0, rows);
 */
export function appendDayRows(
  generator: DayGenerator,
  day: number,
  rows: RowBuffer,
): number {
  const { plan } = generator;
  const before = rows.length;
  if (plan.missingDays.includes(day)) return 0;
  for (const group of plan.groups) {
    splitGroupDemand(generator, group, day);
    group.links.forEach((link, k) => {
      const skipped =
        day < link.firstDay ||
        (day === plan.partialDay.day &&
          link.index === plan.partialDay.linkIndex);
      if (skipped) return;
      const share = generator.shares[k]!;
      appendLinkRows(plan, link, day, share, group.demand.inRatio, rows);
    });
  }
  return rows.length - before;
}

/**
 * Splits the group's demand across its links in proportion to capacity;
 * a link that is down carries nothing and the others take its share, up to
 * their own capacity (a single-link group drops to zero).
 */
function splitGroupDemand(
  generator: DayGenerator,
  group: SampleGroup,
  day: number,
): void {
  const { demand, masks, shares } = generator;
  groupDemand(
    generator.plan,
    group,
    day,
    generator.profiles[group.index]!,
    demand,
  );
  const caps = group.links.map((link) => capacityOn(link, day));
  group.links.forEach((link, k) => {
    downMask(generator.outages[link.index]!, day, masks[k]!);
  });
  for (let s = 0; s < SLOTS_PER_DAY; s++) {
    let upCapacity = 0;
    for (let k = 0; k < caps.length; k++) {
      if (masks[k]![s] === 0) upCapacity += caps[k]!;
    }
    for (let k = 0; k < caps.length; k++) {
      const up = masks[k]![s] === 0 && upCapacity > 0;
      const cap = caps[k]!;
      shares[k]![s] = up
        ? Math.min((demand[s]! * cap) / upCapacity, 0.99 * cap)
        : 0;
    }
  }
}
