import { DAY_MS } from '#lib/domain/dates';
import { SLOTS_PER_DAY } from './daily-profile.ts';
import {
  eventFactor,
  trendFactor,
  weeklyFactor,
  weeklyPeakFactor,
  yearlyFactor,
} from './demand-model.ts';
import type { SampleGroup, SamplePlan } from './plan-types.ts';
import { normal, streamFor } from './prng.ts';

/** PRNG purpose id of a group's demand noise. */
const DEMAND_STREAM = 11;

/**
 * The group's total demand (`out_bps`) for every five-minute slot of one
 * day: level × daily profile × weekly × event × noise, where the level is
 * designed back from the group's end utilization and growth.
 *
 * @param plan - the sample plan
 * @param group - the group
 * @param day - day offset in the history
 * @param profile - the group's daily profile (`dailyProfile`)
 * @param out - 288 slots to fill
 * @returns `out`
 * @example
 * groupDemand(plan, plan.groups[0], 0, profile, new Float64Array(288));
 */
export function groupDemand(
  plan: SamplePlan,
  group: SampleGroup,
  day: number,
  profile: Float64Array,
  out: Float64Array,
): Float64Array {
  const rng = streamFor(plan.seed, DEMAND_STREAM, group.index, day);
  const level = dayLevel(plan, group, day) * Math.exp(0.025 * normal(rng));
  const epochDay = plan.firstEpochDay + day;
  const { utcOffsetHours } = group.site;
  const eyeball = group.isp.eyeball;
  for (let s = 0; s < SLOTS_PER_DAY; s++) {
    const localHours = s / 12 + utcOffsetHours;
    const localDay = epochDay + Math.floor(localHours / 24);
    // 1970-01-01 was a Thursday (weekday 4).
    const weekday = (((localDay + 4) % 7) + 7) % 7;
    let factor = profile[s]! * weeklyFactor(eyeball, weekday);
    if (localDay - plan.firstEpochDay === plan.eventDay) {
      factor *= eventFactor(eyeball, localHours % 24);
    }
    out[s] = level * factor * (1 + 0.03 * normal(rng));
  }
  return out;
}

/**
 * The day's p95 level before noise and weekday: the end level (end
 * utilization of the final capacity on the busiest weekday, with the end
 * day's season taken out) moved by the trend, a late step (levels before
 * it divided by its ratio) and this day's season.
 */
function dayLevel(plan: SamplePlan, group: SampleGroup, day: number): number {
  const capacity = group.links.reduce((sum, l) => sum + l.capacityBps, 0);
  const lastDay = plan.days - 1;
  const endSeason =
    yearlyFactor(dayOfYear(plan.firstEpochDay + lastDay)) *
    weeklyPeakFactor(group.isp.eyeball);
  const endLevel = (group.demand.endUtilization * capacity) / endSeason;
  const { step } = group.demand;
  const before = step !== undefined && day < step.day ? 1 / step.ratio : 1;
  return (
    endLevel *
    before *
    trendFactor(group.demand, day, lastDay) *
    yearlyFactor(dayOfYear(plan.firstEpochDay + day))
  );
}

/**
 * Day of the year (0 for 1 January) of a day counted from 1970-01-01.
 *
 * @param epochDay - days since 1970-01-01
 * @returns 0–365
 * @example
 * dayOfYear(0); // 0
 */
export function dayOfYear(epochDay: number): number {
  const date = new Date(epochDay * DAY_MS);
  return Math.round(
    (epochDay * DAY_MS - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY_MS,
  );
}
