import type { BacktestScore } from './backtest-score.ts';
import type { Severity } from './vocabulary.ts';

/**
 * How one replayed decision compares with what happened: an "order now"
 * (warning or critical) is a positive; the group truly crossing its
 * critical threshold within lead time + warning window is the truth.
 * `open`: the window runs past the data, so the truth is not known yet;
 * `skipped`: the group had no recent data and was not forecast.
 */
export const BACKTEST_OUTCOMES = [
  'true-positive',
  'false-positive',
  'false-negative',
  'true-negative',
  'open',
  'skipped',
] as const;

/** One of `BACKTEST_OUTCOMES`. */
export type BacktestOutcome = (typeof BACKTEST_OUTCOMES)[number];

/**
 * One capacity group at one past as-of date: the decision Headroom would
 * have taken then and what the traffic did afterwards.
 *
 * @example
 * const c: BacktestCase = { asOf: '2026-03-01', group: 'Acme/LHR1/pni',
 *   isp: 'Acme', severity: 'warning', orderNow: true,
 *   criticalDateUpper: '2026-06-20', leadTimeDays: 90,
 *   windowEnd: '2026-06-29', actualCrossing: '2026-06-25',
 *   outcome: 'true-positive', errorDaysUpper: -5 };
 */
export interface BacktestCase {
  readonly asOf: string;
  readonly group: string;
  readonly isp: string;
  /** The replayed severity; absent when the group was skipped. */
  readonly severity?: Severity;
  /** Severity warning or critical. */
  readonly orderNow: boolean;
  readonly orderByDate?: string;
  /** Predicted critical date on the mean forecast. */
  readonly criticalDate?: string;
  /** Predicted critical date on the decision interval's upper bound. */
  readonly criticalDateUpper?: string;
  readonly leadTimeDays: number;
  /**
   * Capacity in service on the as-of date, in bits per second; absent
   * when the group was skipped.
   */
  readonly capacityBps?: number;
  /**
   * The current peak was already at or above critical at the as-of date:
   * an alert there is right but predicts nothing, so scores are also
   * worth reading without these cases.
   */
  readonly alreadyCritical?: boolean;
  /**
   * Last day a true crossing may start on: as-of + lead time + warning
   * window (a crossing must recur within a week, so the data must reach
   * 6 days further for the case to be scored).
   */
  readonly windowEnd: string;
  /** First day the daily peak reached critical × capacity, if it did. */
  readonly actualCrossing?: string;
  readonly outcome: BacktestOutcome;
  /** Predicted (mean) − actual crossing, in days; + means late. */
  readonly errorDays?: number;
  /** Predicted (upper bound) − actual crossing, in days. */
  readonly errorDaysUpper?: number;
}

/**
 * What `headroom backtest` writes (`state/backtest.json` by default) and
 * the accuracy page shows.
 *
 * @example
 * const r: Partial<BacktestResult> = { kind: 'headroom-backtest',
 *   from: '2026-03-01', to: '2026-11-01', everyDays: 30 };
 */
export interface BacktestResult {
  readonly kind: 'headroom-backtest';
  readonly from: string;
  readonly to: string;
  readonly everyDays: number;
  readonly asOfDates: readonly string[];
  /** First and last day rolled up in `series_daily`. */
  readonly dataFirstDay: string;
  readonly dataLastDay: string;
  readonly decisionLevel: number;
  /** The configuration's thresholds the decisions were judged with. */
  readonly thresholds: Readonly<
    Record<string, { readonly warning?: number; readonly critical?: number }>
  >;
  readonly generatedAt: string;
  readonly seconds: number;
  readonly totals: BacktestScore;
  readonly byDate: readonly (BacktestScore & { readonly asOf: string })[];
  readonly byGroup: readonly (BacktestScore & {
    readonly group: string;
    readonly isp: string;
  })[];
  /** Inventory groups with no rolled-up rows (roll up again after regrouping). */
  readonly groupsWithoutData: readonly string[];
  readonly cases: readonly BacktestCase[];
}

/**
 * A backtest whose range was left out (the monthly schedule's `{}`) on a
 * lake too young to judge a decision: nothing was replayed or written.
 *
 * @example
 * const s: BacktestSkipped = { kind: 'backtest-skipped',
 *   reason: 'series_daily holds 40 days …' };
 */
export interface BacktestSkipped {
  readonly kind: 'backtest-skipped';
  readonly reason: string;
}

/**
 * Where `headroom backtest` writes by default and the backtest state machine
 * writes, in the report store; the accuracy page reads it from there.
 * Here, not in `lib/pipeline`, because infra grants the Lambda this one key.
 */
export const BACKTEST_KEY = 'state/backtest.json';

/**
 * What the id of every backtest split over the state machine starts with:
 * its working files are under `runs/backtest-…/` in the report store.
 */
export const BACKTEST_ID_PREFIX = 'backtest-';
