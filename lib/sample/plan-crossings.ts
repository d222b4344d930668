import { DEFAULT_CONFIG, thresholdsFor } from '#lib/config';
import { CONFIRM_COUNT } from '#lib/rules/judge-decision';
import {
  trendFactor,
  weeklyFactor,
  weeklyPeakFactor,
  yearlyFactor,
} from './demand-model.ts';
import { dayOfYear } from './group-demand.ts';
import type { DemandParams, GroupShape } from './plan-types.ts';
import { between, type Rng, shuffled, wholeBetween } from './prng.ts';

/** Share of the groups that crossed critical inside the history. */
const CROSSED_SHARE = 0.13;
/** Shortest history that gets crossings (room for a year of growth). */
const MIN_DAYS = 365;

/** Where the history sits in the calendar (the season depends on it). */
export interface PlanCalendar {
  readonly days: number;
  /** Days since 1970-01-01 of the first day. */
  readonly firstEpochDay: number;
}

/**
 * Turns a few quiet groups (13 %, about 6 of 45) into groups that grew
 * through their critical threshold around a day 110–240 days before the
 * end (the season can bring the first crossing weeks before it) and were
 * augmented 20–60 days after that day, their LAG doubled (README "Commands",
 * `headroom backtest`): the history holds true crossings at known days,
 * which a decision backtest must find. A third of them were flat and
 * took off 5–8 months before crossing. The last one's augment is still
 * in augments.csv (links.csv shows the capacity before it), the others'
 * are in links.csv. Draws only from its own generator and leaves the
 * group of the forced outage (the first healthy multi-link group) alone,
 * so every other group stays as planned.
 *
 * @param rng - the crossings' own generator
 * @param shapes - the groups' shapes
 * @param params - demand per group (after `addLateStep`)
 * @param calendar - length of the history and its first day
 * @returns the same groups, a few of them `crossed`
 * @example
 * addPastCrossings(rng, shapes, params, { days: 430, firstEpochDay: 20359 })
 *   .filter((p) => p.outcome === 'crossed').length; // 6
 */
export function addPastCrossings(
  rng: Rng,
  shapes: readonly GroupShape[],
  params: readonly DemandParams[],
  calendar: PlanCalendar,
): DemandParams[] {
  const result = [...params];
  if (calendar.days < MIN_DAYS) return result;
  const outageTarget = params.findIndex(
    (p, i) => p.outcome === 'fine' && shapes[i]!.size > 1,
  );
  const quiet = params.flatMap((p, i) =>
    p.outcome === 'fine' &&
    i !== outageTarget &&
    p.upgradeDay === undefined &&
    p.leadTimeDays === undefined
      ? [i]
      : [],
  );
  const count = Math.max(1, Math.round(params.length * CROSSED_SHARE));
  const chosen = shuffled(rng, quiet)
    .slice(0, count)
    .sort((a, b) => a - b);
  chosen.forEach((i, k) => {
    const recorded = k === chosen.length - 1;
    result[i] = crossedDemand(rng, shapes[i]!, result[i]!, calendar, recorded);
  });
  return result;
}

function crossedDemand(
  rng: Rng,
  shape: GroupShape,
  base: DemandParams,
  calendar: PlanCalendar,
  recorded: boolean,
): DemandParams {
  const lastDay = calendar.days - 1;
  const aimedDay = lastDay - Math.round(between(rng, 110, 240));
  const g = between(rng, 0.45, 0.75);
  const surprise = rng() < 1 / 3;
  const takeOff = aimedDay - Math.round(between(rng, 150, 240));
  const growth: DemandParams = {
    ...base,
    outcome: 'crossed',
    growthBefore: surprise ? between(rng, 0, 0.1) : g,
    growthAfter: g,
    changeDay: surprise ? Math.max(1, takeOff) : 0,
    upgradeDay: aimedDay + Math.round(between(rng, 20, 60)),
  };
  const { critical } = thresholdsFor(DEFAULT_CONFIG, shape.linkType);
  const season = (day: number) =>
    yearlyFactor(dayOfYear(calendar.firstEpochDay + day));
  // A crossing counts once it recurs within a week (2 of 7 days, the
  // backtest's truth), so the aim is on the week's second-busiest day.
  const week = confirmingDayFactor(shape.isp.eyeball);
  // That day's utilization of the capacity before the augment (half the
  // final one) is `critical` on the aimed day:
  // endU·2·week·trend(d)·season(d)/season(end) = critical.
  const endUtilization =
    (critical * season(lastDay)) /
    (2 * week * trendFactor(growth, aimedDay, lastDay) * season(aimedDay));
  const designed = { ...growth, endUtilization };
  const utilization = (day: number) =>
    (2 *
      week *
      endUtilization *
      trendFactor(designed, day, lastDay) *
      season(day)) /
    season(lastDay);
  // The season can bring the first crossing a little before the aim.
  let crossingDay = 0;
  while (utilization(crossingDay) < critical) crossingDay += 1;
  return {
    ...designed,
    crossingDay,
    ...(recorded
      ? { recordedAugment: `CHG-${wholeBetween(rng, 10_000, 99_999)}` }
      : {}),
  };
}

/**
 * The weekly factor of the week's `CONFIRM_COUNT`-th busiest day relative
 * to the busiest one (whose utilization the design's end level is).
 */
function confirmingDayFactor(eyeball: boolean): number {
  const factors = [0, 1, 2, 3, 4, 5, 6]
    .map((weekday) => weeklyFactor(eyeball, weekday))
    .sort((a, b) => b - a);
  return factors[CONFIRM_COUNT - 1]! / weeklyPeakFactor(eyeball);
}
