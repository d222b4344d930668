import { describe, expect, it } from 'vitest';
import { accuracyVerdict } from '#lib/report/accuracy-verdict';

describe('accuracyVerdict', () => {
  it('says nothing of a calibrated 95% bound running high when none of 30 actuals rose above it', () => {
    // Prepare: 0.975^30 = 47%: a calibrated bound has none above it about
    // every other time.
    const s = {
      horizonDays: 30,
      biasPct: 0,
      coverage: 0.95,
      aboveShare: 0,
      bounded: 30,
    };
    // Act
    const verdict = accuracyVerdict(s, 95);
    // Assess
    expect(verdict).not.toContain('ran high');
    expect(verdict).toBe(
      'At 30 days forecasts were about right on average (0% off); the intervals held 95% of outcomes against 95%: about as promised. Too few comparisons (30) to judge the upper bound: 0% of actuals rose above it against 2.5%, which a calibrated bound may show by chance.',
    );
  });

  it('says the upper bound ran low when many comparisons show a clear excess', () => {
    // Prepare: 200 of 2,000 above a 95% bound (P = 1e-60 if calibrated).
    const s = {
      horizonDays: 60,
      biasPct: -2,
      coverage: 0.88,
      aboveShare: 0.1,
      bounded: 2000,
    };
    // Act
    const verdict = accuracyVerdict(s, 95);
    // Assess
    expect(verdict).toContain(
      'The upper bound ran low (10% of actuals rose above it against 2.5%): order-by dates may come late.',
    );
  });

  it.each([
    // above, count, level: P(X ≥ k) or P(X ≤ k) if calibrated
    [6, 30, 80, 'Too few comparisons (30)'], // P(X ≥ 6) = 7.3%
    [7, 30, 80, 'The upper bound ran low (23%'], // P(X ≥ 7) = 2.6%
    [0, 28, 80, 'Too few comparisons (28)'], // 0.9^28 = 5.2%
    [0, 29, 80, 'The upper bound ran high (0%'], // 0.9^29 = 4.7%
    [0, 118, 95, 'Too few comparisons (118)'], // 0.975^118 = 5.04%
    [0, 119, 95, 'The upper bound ran high (0%'], // 0.975^119 = 4.92%
    [3, 30, 95, 'The upper bound ran low (10%'], // P(X ≥ 3) = 3.8%
  ])(
    'judges %i above of %i at %i% by a one-sided binomial test at 5%',
    (above, count, level, words) => {
      // Prepare
      const s = {
        horizonDays: 30,
        biasPct: 0,
        coverage: level / 100,
        aboveShare: above / count,
        bounded: count,
      };
      // Act
      const verdict = accuracyVerdict(s, level);
      // Assess
      expect(verdict).toContain(words);
    },
  );

  it('says nothing of sides when the upper bound is within chance too', () => {
    // Prepare: 6 of 10 inside, 2 of 10 above: P(X ≥ 2) = 26% if calibrated
    const s = {
      horizonDays: 90,
      biasPct: -3,
      coverage: 0.6,
      aboveShare: 0.2,
      bounded: 10,
    };
    // Act
    const verdict = accuracyVerdict(s, 80);
    // Assess
    expect(verdict).toBe(
      'At 90 days forecasts were about right on average (3% off); the intervals held 60% of outcomes against 80%: not clearly off it with 10 comparisons. Too few comparisons (10) to judge the upper bound: 20% of actuals rose above it against 10%, which a calibrated bound may show by chance.',
    );
  });

  it('leaves the upper dates to the upper bound sentence when the comparisons are too few', () => {
    // Prepare: wide intervals, but 1 of 30 above an 80% bound is chance.
    const s = {
      horizonDays: 90,
      biasPct: 8,
      coverage: 0.97,
      aboveShare: 1 / 30,
      bounded: 30,
    };
    // Act
    const verdict = accuracyVerdict(s, 80);
    // Assess
    expect(verdict).toBe(
      'At 90 days forecasts ran 8% high; the intervals held 97% of outcomes against 80%: wider than needed. Too few comparisons (30) to judge the upper bound: 3% of actuals rose above it against 10%, which a calibrated bound may show by chance.',
    );
  });
});
