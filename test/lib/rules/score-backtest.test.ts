import { describe, expect, it } from 'vitest';
import type { BacktestCase, BacktestOutcome } from '#lib/domain/backtest';
import { scoreBacktest, summarizeErrors } from '#lib/rules/score-backtest';

const CASE: BacktestCase = {
  asOf: '2026-01-01',
  group: 'Acme/LHR1/pni',
  isp: 'Acme',
  orderNow: false,
  leadTimeDays: 90,
  windowEnd: '2026-04-30',
  outcome: 'true-negative',
};
const make = (outcome: BacktestOutcome, errors: [number?, number?] = []) => ({
  ...CASE,
  outcome,
  errorDays: errors[0],
  errorDaysUpper: errors[1],
});

describe('scoreBacktest', () => {
  it('counts outcomes and scores precision, recall, F1 and date errors', () => {
    // Prepare
    const cases = [
      make('true-positive', [4, -10]),
      make('true-positive', [-2, -6]),
      make('true-positive', [undefined, -20]),
      make('false-positive'),
      make('false-negative', [30, 12]),
      make('true-negative'),
      make('open', [100, 100]),
      make('skipped'),
    ];

    // Act
    const score = scoreBacktest(cases);

    // Assess
    expect(score).toEqual({
      cases: 8,
      truePositives: 3,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 1,
      open: 1,
      skipped: 1,
      precision: 0.75,
      recall: 0.75,
      f1: 0.75,
      dateErrorMean: { count: 3, medianAbsDays: 4, medianSignedDays: 4 },
      dateErrorUpper: { count: 4, medianAbsDays: 11, medianSignedDays: -8 },
    });
  });

  it('gives null ratios, not NaN, when nothing was alerted or crossed', () => {
    // Act
    const score = scoreBacktest([make('true-negative')]);

    // Assess
    expect([score.precision, score.recall, score.f1]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('gives F1 0 when alerts and crossings never meet', () => {
    // Act
    const score = scoreBacktest([
      make('false-positive'),
      make('false-negative'),
    ]);

    // Assess
    expect([score.precision, score.recall, score.f1]).toEqual([0, 0, 0]);
  });
});

describe('summarizeErrors', () => {
  it('skips undefined errors and reports null medians when none is left', () => {
    // Act
    const summaries = [
      summarizeErrors([-4, 2, undefined, 10]),
      summarizeErrors([undefined]),
    ];

    // Assess
    expect(summaries).toEqual([
      { count: 3, medianAbsDays: 4, medianSignedDays: 2 },
      { count: 0, medianAbsDays: null, medianSignedDays: null },
    ]);
  });
});
