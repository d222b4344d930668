/** Median errors of predicted critical dates against actual crossings. */
export interface DateErrorSummary {
  /** Scored positives with both a predicted and an actual date. */
  readonly count: number;
  /** Median of |predicted − actual| in days; null when `count` is 0. */
  readonly medianAbsDays: number | null;
  /** Median of predicted − actual (+ late, − early); null when none. */
  readonly medianSignedDays: number | null;
}

/**
 * Counts and scores of a set of cases. Ratios are null when undefined
 * (no alert raised, no true crossing), never NaN, so that JSON holds them.
 *
 * @example
 * const s: Partial<BacktestScore> = { truePositives: 9,
 *   falsePositives: 1, precision: 0.9 };
 */
export interface BacktestScore {
  readonly cases: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
  readonly open: number;
  readonly skipped: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  /** Critical date on the mean forecast vs the actual first crossing. */
  readonly dateErrorMean: DateErrorSummary;
  /** Critical date on the upper bound vs the actual first crossing. */
  readonly dateErrorUpper: DateErrorSummary;
}
