import type { BacktestCase } from '#lib/domain/backtest';
import type {
  BacktestScore,
  DateErrorSummary,
} from '#lib/domain/backtest-score';
import { median } from '#lib/forecast/stats';

/**
 * Scores judged decisions: counts per outcome, precision = TP / (TP + FP),
 * recall = TP / (TP + FN), F1 their harmonic mean (van Rijsbergen,
 * "Information Retrieval", 1979), and the median error of the predicted
 * critical dates over the scored true crossings (TP and FN) that have a
 * predicted date. Open and skipped cases are counted but not scored.
 *
 * @param cases - judged cases (any subset: one date, one group, all)
 * @returns the score; ratios are null when their denominator is 0
 * @example
 * scoreBacktest([{ ...c, outcome: 'true-positive', errorDaysUpper: -3 }])
 *   .precision; // 1
 */
export function scoreBacktest(cases: readonly BacktestCase[]): BacktestScore {
  const count = (outcome: BacktestCase['outcome']) =>
    cases.filter((c) => c.outcome === outcome).length;
  const tp = count('true-positive');
  const fp = count('false-positive');
  const fn = count('false-negative');
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const crossed = cases.filter(
    (c) => c.outcome === 'true-positive' || c.outcome === 'false-negative',
  );
  return {
    cases: cases.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: count('true-negative'),
    open: count('open'),
    skipped: count('skipped'),
    precision,
    recall,
    f1: f1Of(precision, recall, tp),
    dateErrorMean: summarizeErrors(crossed.map((c) => c.errorDays)),
    dateErrorUpper: summarizeErrors(crossed.map((c) => c.errorDaysUpper)),
  };
}

/**
 * Median absolute and signed error of the defined values.
 *
 * @param errors - errors in days; `undefined` (no predicted date) skipped
 * @returns count and medians (null when there is none)
 * @example
 * summarizeErrors([-4, 2, undefined, 10]);
 * // { count: 3, medianAbsDays: 4, medianSignedDays: 2 }
 */
export function summarizeErrors(
  errors: readonly (number | undefined)[],
): DateErrorSummary {
  const known = errors.filter((e): e is number => e !== undefined);
  if (known.length === 0) {
    return { count: 0, medianAbsDays: null, medianSignedDays: null };
  }
  return {
    count: known.length,
    medianAbsDays: median(known.map(Math.abs)),
    medianSignedDays: median(known),
  };
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

function f1Of(
  precision: number | null,
  recall: number | null,
  tp: number,
): number | null {
  if (precision === null || recall === null) return null;
  // No true positive: F1 is 0 (not 0/0) once both ratios are defined.
  if (tp === 0) return 0;
  return (2 * precision * recall) / (precision + recall);
}
