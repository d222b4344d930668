import { describe, expect, it } from 'vitest';
import { accuracyVerdict } from '#lib/report/accuracy-verdict';
import { backtestSummary } from '#lib/report/backtest-summary';
import { calibratedAbovePct } from '#lib/report/upper-bound-verdict';
import { fixtureSeries } from '../../fixtures/report/report-input.ts';

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

  it.each([
    [0.15, '.'],
    [
      0.16,
      ' overall, but off on the upper side. The upper bound ran low (16% of actuals rose above it against 10%): order-by dates may come late.',
    ],
    [0.05, '.'],
    [
      0.04,
      ' overall, but off on the upper side. The upper bound ran high (4% of actuals rose above it against 10%): the upper dates are cautious.',
    ],
  ])(
    'words a share of %s above an 80% upper bound over 1,000 comparisons only when clearly off 10%',
    (aboveShare, words) => {
      // Prepare: 1,000 comparisons, so that the margin decides, not chance.
      const s = {
        horizonDays: 30,
        biasPct: 0,
        coverage: 0.8,
        aboveShare,
        bounded: 1000,
      };
      // Act
      const verdict = accuracyVerdict(s, 80);
      // Assess
      expect(verdict).toBe(
        `At 30 days forecasts were about right on average (0% off); the intervals held 80% of outcomes against 80%: about as promised${words}`,
      );
    },
  );

  it('judges the share as it is, not as rounded for the page', () => {
    // Prepare: 4.6% rounds to 5%, half of 10%; 1.4% rounds to 1%, under
    // half of 2.5%
    const at = (aboveShare: number, level: number) =>
      accuracyVerdict(
        {
          horizonDays: 30,
          biasPct: 0,
          coverage: level / 100,
          aboveShare,
          bounded: 1000,
        },
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
    const s = {
      horizonDays: 30,
      biasPct: 0,
      coverage: 0.9,
      aboveShare: 0.1,
      bounded: 100,
    };
    // Act
    const verdict = accuracyVerdict(s, 95);
    // Assess
    expect(verdict).toContain(
      'The upper bound ran low (10% of actuals rose above it against 2.5%): order-by dates may come late.',
    );
  });

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

  it('says nothing of a share within the margin, however many comparisons', () => {
    // Prepare: 12% above an 80% bound over 100,000 comparisons is no
    // chance (P ≈ 1e-97), but within 5 points of 10%.
    const s = {
      horizonDays: 30,
      biasPct: 0,
      coverage: 0.8,
      aboveShare: 0.12,
      bounded: 100_000,
    };
    // Act / Assess
    expect(accuracyVerdict(s, 80)).not.toContain('upper bound');
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
      "Until then, the chosen models' own backtests (rolling origins on each series' history, 3 series): median MASE 2.00 (its error over the history's usual change from a day to the same day a week later), median sMAPE 20.0%; the 80% intervals held a median 80% of backtest outcomes.",
    );
    expect(backtestSummary([s], 80)).toBe('');
  });
});
