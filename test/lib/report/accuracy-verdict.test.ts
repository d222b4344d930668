import { describe, expect, it } from 'vitest';
import { accuracyVerdict } from '#lib/report/accuracy-verdict';
import { calibratedAbovePct } from '#lib/report/upper-bound-verdict';

describe('accuracyVerdict', () => {
  it.each([
    [
      {
        horizonDays: 90,
        biasPct: -16.9,
        coverage: 0.167,
        aboveShare: 0.8,
        bounded: 30,
      },
      'At 90 days forecasts ran 17% low; the intervals held 17% of outcomes against 80%: too narrow. The upper bound ran low (80% of actuals rose above it against 10%): order-by dates may come late.',
    ],
    [
      {
        horizonDays: 30,
        biasPct: 2.2,
        coverage: 0.83,
        aboveShare: 0.09,
        bounded: 100,
      },
      'At 30 days forecasts were about right on average (2% off); the intervals held 83% of outcomes against 80%: about as promised.',
    ],
    [
      {
        horizonDays: 60,
        biasPct: 9,
        coverage: 0.99,
        aboveShare: 0.004,
        bounded: 1000,
      },
      'At 60 days forecasts ran 9% high; the intervals held 99% of outcomes against 80%: wider than needed. The upper bound ran high (0% of actuals rose above it against 10%): the upper dates are cautious.',
    ],
    [
      {
        horizonDays: 90,
        biasPct: 12,
        coverage: 0.6,
        aboveShare: 0.02,
        bounded: 1000,
      },
      'At 90 days forecasts ran 12% high; the intervals held 60% of outcomes against 80%: too narrow. The upper bound ran high (2% of actuals rose above it against 10%): the upper dates are cautious.',
    ],
    [
      {
        horizonDays: 60,
        biasPct: -3,
        coverage: 0.6,
        aboveShare: 0.12,
        bounded: 1000,
      },
      'At 60 days forecasts were about right on average (3% off); the intervals held 60% of outcomes against 80%: too narrow, plan on the upper dates.',
    ],
    [
      {
        horizonDays: 30,
        biasPct: -4,
        coverage: 0.7,
        aboveShare: 0.3,
        bounded: 100,
      },
      'At 30 days forecasts were about right on average (4% off); the intervals held 70% of outcomes against 80%: about as promised overall, but off on the upper side. The upper bound ran low (30% of actuals rose above it against 10%): order-by dates may come late.',
    ],
  ])('says in words how %o went', (summary, words) => {
    // Prepare / Act
    const verdict = accuracyVerdict(summary, 80);
    // Assess
    expect(verdict).toBe(words);
  });

  it('says the share inside is within chance overall only, and names the upper side, when the upper bound ran low', () => {
    // Prepare: 6 of 10 inside an 80% interval is chance (12%), but 4 of
    // 10 above its upper bound is not (P(X ≥ 4) = 1.3% if calibrated)
    const s = {
      horizonDays: 90,
      biasPct: -12,
      coverage: 0.6,
      aboveShare: 0.4,
      bounded: 10,
    };
    // Act
    const verdict = accuracyVerdict(s, 80);
    // Assess: never "not clearly off it" alone beside "ran low"
    expect(verdict).toBe(
      'At 90 days forecasts ran 12% low; the intervals held 60% of outcomes against 80%: not clearly off it overall with 10 comparisons, but off on the upper side. The upper bound ran low (40% of actuals rose above it against 10%): order-by dates may come late.',
    );
  });
});

describe("accuracyVerdict on the intervals' coverage", () => {
  const at = (inside: number, count: number, level = 80) =>
    accuracyVerdict(
      {
        horizonDays: 30,
        biasPct: 0,
        coverage: inside / count,
        aboveShare: calibratedAbovePct(level) / 100,
        bounded: count,
      },
      level,
    );

  it.each([
    // 6 of 10 inside an 80% interval: 12% likely of a calibrated one.
    [6, 10, 'not clearly off it with 10 comparisons'],
    // 60 of 100: under one chance in a thousand.
    [60, 100, 'too narrow, plan on the upper dates'],
    // 10 of 10: 11% likely.
    [10, 10, 'not clearly off it with 10 comparisons'],
    // 29 of 30: 1%.
    [29, 30, 'wider than needed, the upper dates are cautious'],
    [8, 10, 'about as promised'],
    // 1 of 1: a first month with one ISP (80% likely).
    [1, 1, 'not clearly off it with 1 comparison'],
  ])(
    'words %i of %i inside an 80 per cent interval as "%s"',
    (inside, count, words) => {
      // Act
      const verdict = at(inside, count);
      // Assess
      expect(verdict).toContain(`against 80%: ${words}.`);
    },
  );
});
