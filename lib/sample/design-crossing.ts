import { CONFIRM_COUNT } from '#lib/rules/actual-crossing';
import {
  trendFactor,
  weeklyFactor,
  weeklyPeakFactor,
  yearlyFactor,
} from './demand-model.ts';
import { dayOfYear } from './group-demand.ts';
import type { DemandParams } from './plan-types.ts';

/** Where the history sits in the calendar (the season depends on it). */
export interface PlanCalendar {
  readonly days: number;
  /** Days since 1970-01-01 of the first day. */
  readonly firstEpochDay: number;
}

/** A crossed group's designed level: its end level and any day's. */
export interface CrossingDesign {
  /** Utilization of the busiest day at the end (after the augment). */
  readonly endUtilization: number;
  /** Expected utilization of the week's confirming day on a day. */
  readonly on: (day: number) => number;
}

/**
 * The end level that puts the week's confirming day at `critical` of the
 * capacity before the augment on the aimed day (README "Commands",
 * `headroom backtest`), and that day's expected utilization on any day.
 *
 * @param growth - the group's drawn growth and augment day
 * @param eyeball - whether its ISP's week is an eyeball one
 * @param calendar - length of the history and its first day
 * @param critical - the group's critical threshold
 * @param aimedDay - the day the confirming day reaches critical
 * @returns the end level and the expected utilization per day
 * @example
 * designUtilization(growth, true, calendar, 0.85, 250).on(250); // 0.85
 */
export function designUtilization(
  growth: DemandParams,
  eyeball: boolean,
  calendar: PlanCalendar,
  critical: number,
  aimedDay: number,
): CrossingDesign {
  const lastDay = calendar.days - 1;
  const season = (day: number) =>
    yearlyFactor(dayOfYear(calendar.firstEpochDay + day));
  // A crossing counts once it recurs within a week (2 of 7 days, the
  // backtest's truth), so the aim is on the week's second-busiest day.
  const week = confirmingDayFactor(eyeball);
  // That day's utilization of the capacity before the augment (half the
  // final one) is `critical` on the aimed day:
  // endU·2·week·trend(d)·season(d)/season(end) = critical.
  const endUtilization =
    (critical * season(lastDay)) /
    (2 * week * trendFactor(growth, aimedDay, lastDay) * season(aimedDay));
  const designed = { ...growth, endUtilization };
  const on = (day: number) =>
    (2 *
      week *
      endUtilization *
      trendFactor(designed, day, lastDay) *
      season(day)) /
    season(lastDay);
  return { endUtilization, on };
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
