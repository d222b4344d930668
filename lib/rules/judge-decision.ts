import type { BacktestCase, BacktestOutcome } from '#lib/domain/backtest';
import { addDays, daysBetween } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import type { PlannedAugment } from '#lib/domain/inventory';
import { reachedNow } from '#lib/domain/reached-now';
import type { DailySeries } from '#lib/domain/series';
import { buildCapacityTimeline } from './capacity-timeline.ts';

/** What happened after the as-of date, for one capacity group. */
export interface ActualCrossingInput {
  /** The group's daily peaks, on any calendar covering the window. */
  readonly actual: DailySeries;
  /** Day 0 of the window. */
  readonly asOf: string;
  /** Length of the window in days. */
  readonly days: number;
  /** Capacity of the member links at the as-of date. */
  readonly baseBps: number;
  /** Planned augments of the group, counted from their in-service date. */
  readonly augments: readonly PlannedAugment[];
  /** Critical utilization, e.g. 0.85. */
  readonly critical: number;
}

/** Days in which a crossing must happen again to count (see below). */
export const CONFIRM_DAYS = 7;
/** Days at or above critical within `CONFIRM_DAYS` that make a crossing. */
export const CONFIRM_COUNT = 2;

/**
 * Days of data a decision needs after its as-of date to be judged, not
 * `open`: its window (lead time + warning window) and the week that
 * confirms a crossing on the window's last day.
 *
 * @param leadTimeDays - the group's lead time
 * @param windowDays - the warning window
 * @returns the days after the as-of date
 * @example
 * daysToJudge(90, 30); // 126
 */
export function daysToJudge(leadTimeDays: number, windowDays: number): number {
  return leadTimeDays + windowDays + CONFIRM_DAYS - 1;
}

/**
 * The first day in the window on which the actual daily peak reached
 * `critical` × capacity and reached it again within `CONFIRM_DAYS` days
 * (2 of 7, like an alarm's "M out of N" datapoints): a one-evening surge
 * such as a cup final is not running out of capacity. Capacity is the one
 * the run's rules use (`buildCapacityTimeline`: the capacity at the as-of
 * date plus each planned augment from its in-service date); upgrades not
 * in the plan are not counted, so that an upgrade ordered because of the
 * alert cannot turn a correct alert into a false one. A missing day never
 * counts.
 *
 * @param input - actual peaks, window, capacity, augments, threshold
 * @returns the `YYYY-MM-DD` day, or `undefined` when it never crossed
 * @example
 * actualCrossing({ actual, asOf: '2026-03-01', days: 121,
 *   baseBps: 100e9, augments: [], critical: 0.85 }); // '2026-05-14'
 */
export function actualCrossing(input: ActualCrossingInput): string | undefined {
  const { actual, asOf, days } = input;
  const span = days + CONFIRM_DAYS - 1;
  const steps = input.augments.map((augment) => ({
    date: augment.inServiceDate,
    deltaBps: augment.addedBps,
  }));
  const capacity = buildCapacityTimeline(input.baseBps, steps, asOf, span);
  const offset = daysBetween(actual.start, asOf);
  const above = capacity.map((bps, day) => {
    const peak = actual.values[offset + day] ?? Number.NaN;
    return Number.isFinite(peak) && peak >= input.critical * bps;
  });
  for (let day = 0; day < days; day += 1) {
    if (!above[day]) continue;
    const week = above.slice(day, day + CONFIRM_DAYS).filter(Boolean);
    if (week.length >= CONFIRM_COUNT) return addDays(asOf, day);
  }
  return undefined;
}

/** A replayed group decision and the facts to judge it by. */
export interface JudgeInput {
  /** The group's evaluation at the as-of date (the replayed decision). */
  readonly evaluation: Evaluation;
  readonly asOf: string;
  /** Days after the lead time that still count ("order within 30 days"). */
  readonly windowDays: number;
  /** The group's actual peaks; undefined when none were rolled up. */
  readonly actual: DailySeries | undefined;
  readonly baseBps: number;
  readonly augments: readonly PlannedAugment[];
  /** Last day of data: a window (and its confirmation) past it is `open`. */
  readonly dataLastDay: string;
}

/**
 * Judges one replayed decision: "order now" (severity warning or
 * critical) against whether the group truly crossed critical within
 * lead time + `windowDays` of the as-of date, and the error of the
 * predicted critical dates against the actual first crossing.
 *
 * @param input - the evaluation, actual peaks, capacity and data's end
 * @returns the judged case
 * @example
 * judgeDecision({ evaluation, asOf: '2026-03-01', windowDays: 30,
 *   actual, baseBps: 100e9, augments: [], dataLastDay: '2026-12-01' })
 *   .outcome; // 'true-positive'
 */
export function judgeDecision(input: JudgeInput): BacktestCase {
  const { evaluation: e, asOf } = input;
  const days = e.leadTimeDays + input.windowDays + 1;
  const windowEnd = addDays(asOf, days - 1);
  const crossing =
    input.actual &&
    actualCrossing({
      ...input,
      actual: input.actual,
      days,
      critical: e.critical,
    });
  const orderNow = e.severity === 'warning' || e.severity === 'critical';
  const errorOf = (predicted?: string) =>
    crossing && predicted ? daysBetween(crossing, predicted) : undefined;
  return {
    asOf,
    group: e.key,
    isp: e.isp,
    severity: e.severity,
    orderNow,
    orderByDate: e.orderByDate,
    criticalDate: e.criticalDate,
    criticalDateUpper: e.criticalDateUpper,
    leadTimeDays: e.leadTimeDays,
    alreadyCritical: reachedNow(e, e.critical),
    windowEnd,
    actualCrossing: crossing,
    outcome: outcomeOf(orderNow, crossing !== undefined, input),
    errorDays: errorOf(e.criticalDate),
    errorDaysUpper: errorOf(e.criticalDateUpper),
  };
}

function outcomeOf(
  orderNow: boolean,
  crossed: boolean,
  { asOf, evaluation, windowDays, dataLastDay }: JudgeInput,
): BacktestOutcome {
  // Scoring only complete windows keeps the sample unbiased: keeping open
  // windows that crossed but not those that did not would favour alerts.
  const judgedBy = addDays(
    asOf,
    daysToJudge(evaluation.leadTimeDays, windowDays),
  );
  if (judgedBy > dataLastDay) return 'open';
  if (orderNow) return crossed ? 'true-positive' : 'false-positive';
  return crossed ? 'false-negative' : 'true-negative';
}
