import type { BacktestCase, BacktestOutcome } from '#lib/domain/backtest';
import { addDays, daysBetween } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import type { PlannedAugment } from '#lib/domain/inventory';
import { reachedNow } from '#lib/domain/reached-now';
import type { DailySeries } from '#lib/domain/series';
import { isAtRisk } from '#lib/domain/vocabulary';
import { actualCrossing, CONFIRM_DAYS } from './actual-crossing.ts';

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
  const orderNow = isAtRisk(e.severity);
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
    capacityBps: e.capacityBps,
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
