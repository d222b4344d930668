/**
 * The shape of demand over a day, a week and a year, and its trend. Pure
 * functions of time; the randomness is added by `group-demand.ts`.
 */
import type { DemandParams } from './plan-types.ts';

/** Five-minute samples in a day. */
export const SLOTS_PER_DAY = 288;

// Share of the evening peak by local hour, as (hour, share) pairs:
// residential networks peak around 21:00 and bottom out before dawn;
// business-heavy traffic is flatter.
// biome-ignore format: pairs read better on few lines
const EYEBALL_SHAPE = [
  0, 0.55, 2, 0.32, 4, 0.22, 6, 0.25, 8, 0.4, 10, 0.52, 12, 0.58, 14, 0.6,
  16, 0.65, 18, 0.78, 20, 0.95, 21, 1, 22, 0.93, 23, 0.75, 24, 0.55,
];
// biome-ignore format: pairs read better on few lines
const BUSINESS_SHAPE = [
  0, 0.45, 4, 0.33, 8, 0.6, 11, 0.85, 14, 0.9, 17, 0.85, 20, 0.95, 21, 1,
  22, 0.85, 24, 0.45,
];

/**
 * The daily profile by UTC slot, scaled so that its 95th percentile is 1:
 * a day's p95 peak is then the day's level (DESIGN.md "daily peak").
 *
 * @param eyeball - evening-peaking residential traffic
 * @param utcOffsetHours - the site's local time offset
 * @returns 288 factors, slot `s` being the interval that ends at s × 5 min
 * @example
 * dailyProfile(true, 1)[240]; // 20:00 UTC = 21:00 local, about 1.05
 */
export function dailyProfile(
  eyeball: boolean,
  utcOffsetHours: number,
): Float64Array {
  const shape = eyeball ? EYEBALL_SHAPE : BUSINESS_SHAPE;
  const profile = new Float64Array(SLOTS_PER_DAY);
  for (let s = 0; s < SLOTS_PER_DAY; s++) {
    const midHour = (s * 5 - 2.5) / 60 + utcOffsetHours;
    profile[s] = interpolate(shape, ((midHour % 24) + 24) % 24);
  }
  const sorted = [...profile].sort((a, b) => a - b);
  const p95 = sorted[Math.ceil(0.95 * SLOTS_PER_DAY) - 1]!;
  return profile.map((value) => value / p95);
}

/** Cosine interpolation between (hour, share) pairs: no corners. */
function interpolate(pairs: readonly number[], hour: number): number {
  for (let i = 2; i < pairs.length; i += 2) {
    const [h0, v0, h1, v1] = pairs.slice(i - 2, i + 2) as [
      number,
      number,
      number,
      number,
    ];
    if (hour <= h1) {
      const t = (1 - Math.cos((Math.PI * (hour - h0)) / (h1 - h0))) / 2;
      return v0 + (v1 - v0) * t;
    }
  }
  return pairs[pairs.length - 1]!;
}

/**
 * Demand trend relative to the last day (1 on `lastDay`), exponential with
 * a yearly growth that may change pace on `changeDay`:
 * trend(d) = exp(r · (d − last)), r = ln(1 + g) / 365.
 *
 * @param demand - the group's growth description
 * @param day - day offset in the history
 * @param lastDay - offset of the last day
 * @returns the trend factor
 * @example
 * trendFactor({ ...d, growthAfter: 0.8, changeDay: 0 }, 65, 430); // 1/1.8
 */
export function trendFactor(
  demand: DemandParams,
  day: number,
  lastDay: number,
): number {
  const after = Math.log1p(demand.growthAfter) / 365;
  if (demand.changeDay <= 0 || day >= demand.changeDay) {
    return Math.exp(after * (day - lastDay));
  }
  const before = Math.log1p(demand.growthBefore) / 365;
  return Math.exp(
    after * (demand.changeDay - lastDay) + before * (day - demand.changeDay),
  );
}

/**
 * Yearly pattern: a summer dip centred on early August and a December high
 * before Christmas (Gaussian bumps on the circular day of the year).
 *
 * @param dayOfYear - 0 for 1 January
 * @returns the factor, about 0.92 in August and 1.07 in mid-December
 * @example
 * yearlyFactor(213); // 0.92
 */
export function yearlyFactor(dayOfYear: number): number {
  return 1 - 0.08 * bump(dayOfYear, 213, 25) + 0.07 * bump(dayOfYear, 350, 12);
}

function bump(day: number, centre: number, width: number): number {
  const raw = Math.abs(day - centre) % 365;
  const distance = Math.min(raw, 365 - raw);
  return Math.exp(-0.5 * (distance / width) ** 2);
}

const EYEBALL_WEEK = [1.1, 1, 1, 1, 1, 1.03, 1.08];
const BUSINESS_WEEK = [0.92, 1, 1, 1, 1, 1, 0.92];

/**
 * Weekly pattern: residential traffic is higher at weekends, business and
 * transit traffic lower.
 *
 * @param eyeball - residential traffic
 * @param weekday - 0 for Sunday … 6 for Saturday (local)
 * @returns the factor
 * @example
 * weeklyFactor(true, 0); // 1.1
 */
export function weeklyFactor(eyeball: boolean, weekday: number): number {
  return (eyeball ? EYEBALL_WEEK : BUSINESS_WEEK)[weekday] ?? 1;
}

/**
 * The busiest day's weekly factor: a group's designed utilization is that
 * of its busiest day of the week, so that no weekend peak overshoots it.
 *
 * @param eyeball - residential traffic
 * @returns the largest weekly factor
 * @example
 * weeklyPeakFactor(true); // 1.1
 */
export function weeklyPeakFactor(eyeball: boolean): number {
  return Math.max(...(eyeball ? EYEBALL_WEEK : BUSINESS_WEEK));
}

/**
 * The football final: one evening far above normal for residential
 * networks, centred on 21:00 local.
 *
 * @param eyeball - residential traffic
 * @param localHour - hour of the day, local time
 * @returns the factor, up to 1.6
 * @example
 * eventFactor(true, 21); // 1.6
 */
export function eventFactor(eyeball: boolean, localHour: number): number {
  const height = eyeball ? 0.6 : 0.2;
  return 1 + height * Math.exp(-0.5 * ((localHour - 21) / 0.7) ** 2);
}
