import { describe, expect, it } from 'vitest';
import { accuracyVerdict, backtestSummary } from '#lib/report/accuracy-verdict';
import { fixtureSeries } from '../../fixtures/report/report-input.ts';

describe('accuracyVerdict', () => {
  it.each([
    [
      { horizonDays: 90, biasPct: -16.9, coverage: 0.167, aboveShare: 0.8 },
      'At 90 days forecasts ran 17% low; the intervals held 17% of outcomes against 80%: too narrow. The upper bound ran low (80% of actuals rose above it against 10%): order-by dates may come late.',
    ],
    [
      { horizonDays: 30, biasPct: 2.2, coverage: 0.83, aboveShare: 0.09 },
      'At 30 days forecasts were about right on average (2% off); the intervals held 83% of outcomes against 80%: about as promised.',
    ],
    [
      { horizonDays: 60, biasPct: 9, coverage: 0.99, aboveShare: 0.004 },
      'At 60 days forecasts ran 9% high; the intervals held 99% of outcomes against 80%: wider than needed. The upper bound ran high (0% of actuals rose above it against 10%): the upper dates are cautious.',
    ],
    [
      { horizonDays: 90, biasPct: 12, coverage: 0.6, aboveShare: 0.02 },
      'At 90 days forecasts ran 12% high; the intervals held 60% of outcomes against 80%: too narrow. The upper bound ran high (2% of actuals rose above it against 10%): the upper dates are cautious.',
    ],
    [
      { horizonDays: 60, biasPct: -3, coverage: 0.6, aboveShare: 0.12 },
      'At 60 days forecasts were about right on average (3% off); the intervals held 60% of outcomes against 80%: too narrow, plan on the upper dates.',
    ],
    [
      { horizonDays: 30, biasPct: -4, coverage: 0.7, aboveShare: 0.3 },
      'At 30 days forecasts were about right on average (4% off); the intervals held 70% of outcomes against 80%: about as promised. The upper bound ran low (30% of actuals rose above it against 10%): order-by dates may come late.',
    ],
  ])('says in words how %o went', (summary, words) => {
    // Prepare / Act
    const verdict = accuracyVerdict(summary, 80);
    // Assess
    expect(verdict).toBe(words);
  });

  it.each([
    [0.15, ''],
    [
      0.16,
      ' The upper bound ran low (16% of actuals rose above it against 10%): order-by dates may come late.',
    ],
    [0.05, ''],
    [
      0.04,
      ' The upper bound ran high (4% of actuals rose above it against 10%): the upper dates are cautious.',
    ],
  ])(
    'words a share of %s above an 80% upper bound only when clearly off 10%',
    (aboveShare, words) => {
      // Prepare
      const s = { horizonDays: 30, biasPct: 0, coverage: 0.8, aboveShare };
      // Act
      const verdict = accuracyVerdict(s, 80);
      // Assess
      expect(verdict).toBe(
        `At 30 days forecasts were about right on average (0% off); the intervals held 80% of outcomes against 80%: about as promised.${words}`,
      );
    },
  );

  it('judges the share as it is, not as rounded for the page', () => {
    // Prepare: 4.6% rounds to 5%, half of 10%; 1.4% rounds to 1%, under
    // half of 2.5%
    const at = (aboveShare: number, level: number) =>
      accuracyVerdict(
        { horizonDays: 30, biasPct: 0, coverage: level / 100, aboveShare },
        level,
      );

    // Act
    const [eighty, ninetyFive] = [at(0.046, 80), at(0.014, 95)];

    // Assess
    expect(eighty).toContain('The upper bound ran high (5% of actuals');
    expect(ninetyFive).not.toContain('The upper bound');
  });

  it('takes the promise from the level: 2.5% above a 95% upper bound', () => {
    // Prepare
    const s = { horizonDays: 30, biasPct: 0, coverage: 0.9, aboveShare: 0.1 };
    // Act
    const verdict = accuracyVerdict(s, 95);
    // Assess
    expect(verdict).toContain(
      'The upper bound ran low (10% of actuals rose above it against 2.5%): order-by dates may come late.',
    );
  });
});

describe('backtestSummary', () => {
  it('gives the chosen models backtest errors on a first run', () => {
    // Prepare
    const s = fixtureSeries('group', 'A/LHR1/pni', 1e9, 1e6, []);
    const tested = (mase: number, smape: number, c: number) => ({
      ...s,
      forecast: {
        ...s.forecast,
        backtest: { mase, smape, coverage: { 80: c } },
      },
    });
    // Act
    const text = backtestSummary(
      [tested(1, 10, 0.7), tested(2, 20, 0.8), tested(3, 30, 0.9), s],
      80,
    );
    // Assess
    expect(text).toBe(
      "Until then, the chosen models' own backtests (rolling origins on each series' history, 3 series): median MASE 2.00, median sMAPE 20.0%; the 80% intervals held a median 80% of backtest outcomes.",
    );
    expect(backtestSummary([s], 80)).toBe('');
  });
});
