/**
 * The shape of demand over a week and a year, its trend and the event
 * evening. Pure functions of time; the randomness is added by
 * `group-demand.ts`, the daily shape lives in `daily-profile.ts`.
 */
import type { DemandParams } from './plan-types.ts';

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
