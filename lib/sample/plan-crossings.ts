import { DEFAULT_CONFIG, thresholdsFor } from '#lib/config';
import { designUtilization, type PlanCalendar } from './design-crossing.ts';
import type { DemandParams, GroupShape } from './plan-types.ts';
import { between, type Rng, shuffled, wholeBetween } from './prng.ts';

/** Share of the groups that crossed critical inside the history. */
const CROSSED_SHARE = 0.13;
/** Shortest history that gets crossings (room for a year of growth). */
const MIN_DAYS = 365;

/**
 * Turns a few quiet groups (13 %, about 6 of 44) into groups that grew
 * through their critical threshold around a day 110–240 days before the
 * end (the season and the noise can bring the first crossing up to about
 * ten weeks before it) and were augmented 20–60 days after that day,
 * their LAG doubled (README "Commands", `headroom backtest`): the history
 * holds true crossings at known days, which a decision backtest must
 * find. A third of them were flat and took off 5–8 months before
 * crossing. The latest augment is still in augments.csv (links.csv shows
 * the capacity before it), the others are in links.csv. Draws only from
 * its own generator and leaves the group of the forced outage (the first
 * healthy multi-link group) alone, so every other group stays as planned.
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
  for (const i of chosen) {
    result[i] = crossedDemand(rng, shapes[i]!, result[i]!, calendar);
  }
  // A fleet too small to have a quiet group gets no crossing.
  if (chosen.length === 0) return result;
  // The latest augment is the one not yet moved into links.csv (the
  // first of the latest, should two land on the same day).
  const latest = chosen.reduce((a, b) =>
    result[b]!.upgradeDay! > result[a]!.upgradeDay! ? b : a,
  );
  const reference = `CHG-${wholeBetween(rng, 10_000, 99_999)}`;
  result[latest] = { ...result[latest]!, recordedAugment: reference };
  return result;
}

/** A group's growth through critical, its augment and its crossing day. */
function crossedDemand(
  rng: Rng,
  shape: GroupShape,
  base: DemandParams,
  calendar: PlanCalendar,
): DemandParams {
  const aimedDay = calendar.days - 1 - Math.round(between(rng, 110, 240));
  const growth = drawGrowth(rng, base, aimedDay);
  const { critical } = thresholdsFor(DEFAULT_CONFIG, shape.linkType);
  const utilization = designUtilization(
    growth,
    shape.isp.eyeball,
    calendar,
    critical,
    aimedDay,
  );
  // The season can bring the first crossing a little before the aim.
  let crossingDay = 0;
  while (utilization.on(crossingDay) < critical) crossingDay += 1;
  return {
    ...growth,
    endUtilization: utilization.endUtilization,
    crossingDay,
  };
}

/** Growth (a third flat until a take-off) and an augment after the aim. */
function drawGrowth(
  rng: Rng,
  base: DemandParams,
  aimedDay: number,
): DemandParams {
  const g = between(rng, 0.45, 0.75);
  const surprise = rng() < 1 / 3;
  const takeOff = aimedDay - Math.round(between(rng, 150, 240));
  return {
    ...base,
    outcome: 'crossed',
    growthBefore: surprise ? between(rng, 0, 0.1) : g,
    growthAfter: g,
    changeDay: surprise ? Math.max(1, takeOff) : 0,
    upgradeDay: aimedDay + Math.round(between(rng, 20, 60)),
  };
}
