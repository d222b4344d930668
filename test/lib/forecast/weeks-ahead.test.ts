import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTING, forecastSeries } from '#lib/forecast/index';

const GBPS = 1e9;

/** Two weeks of a new link at 65 Gbps, ±4 % from week to week. */
const twoWeeks = Array.from(
  { length: 14 },
  (_, d) =>
    65 *
    GBPS *
    [1, 1.02, 0.97, 1.01, 0.99, 0.93, 0.92][d % 7]! *
    (d < 7 ? 1 : [1.04, 0.96, 1.03, 0.97, 1.04, 0.96, 1][d % 7]!),
);

/** The 80 % bound's distance to the mean on day `d` ahead. */
const width = (f: ReturnType<typeof forecastSeries>, d: number) =>
  f.upper[80]![d]! - f.mean[d]!;

describe('the bounds of a new link of 8–27 days, a year ahead', () => {
  it('widen with the square root of the weeks ahead, the power the shared cases chose leave one family out: 53 weeks on, √53 × the first week', () => {
    // Act
    const f = forecastSeries(twoWeeks, { horizon: 365, levels: [80, 95] });

    // Assess
    expect(f.model).toBe('snaive');
    expect(width(f, 0)).toBeGreaterThan(0.01 * 65 * GBPS);
    expect(width(f, 364) / width(f, 0)).toBeCloseTo(Math.sqrt(53), 6);
  });

  it.each([
    [0, 1],
    [0.3, 53 ** 0.3],
  ])(
    'with the setting `shortGrowth` %f, widen by its power of the weeks ahead: %f × the first week a year on',
    (shortGrowth, ratio) => {
      // Act
      const f = forecastSeries(twoWeeks, {
        horizon: 365,
        levels: [80, 95],
        setting: { ...DEFAULT_SETTING, shortGrowth },
      });

      // Assess
      expect(width(f, 364) / width(f, 0)).toBeCloseTo(ratio, 6);
      expect(width(f, 6)).toBeCloseTo(width(f, 0), 0);
    },
  );
});

describe('the bounds of a new link of 8 days', () => {
  // A week at 100, 110 and 90 Gbps in turn, and one weekly difference: +4
  const eightDays = [100, 110, 90, 100, 110, 90, 100, 104].map((x) => x * GBPS);

  it.each([
    [0, 5.13],
    [1, 10.5],
    [2, 11.76],
  ])(
    'with the setting `shortPrior` %f, come from the weekly difference pooled with the spread of its days at that weight: ±%f Gbps at 80 % a week on',
    (shortPrior, half) => {
      // Act
      const f = forecastSeries(eightDays, {
        horizon: 365,
        levels: [80],
        setting: { ...DEFAULT_SETTING, shortPrior },
      });

      // Assess: 1.28 × σ, σ² = (1 × 4² + w × 10.88²) / (1 + w), 10.88 the
      // root mean square of the differences of any two of its days
      expect(width(f, 0) / GBPS).toBeCloseTo(half, 2);
      expect(width(f, 364) / width(f, 0)).toBeCloseTo(Math.sqrt(53), 6);
    },
  );

  it('by default pool it with the spread of its days as one weekly difference: ±10.5 Gbps, not ±5.1 from the one difference alone', () => {
    // Act
    const f = forecastSeries(eightDays, { horizon: 365, levels: [80] });

    // Assess: the days' spread at a weight of 1, as four folds of five
    // chose, each length of the shared cases scored alike; alone, the one
    // weekly difference held 62.6 % of the shared cases' next 30 days at
    // 80 % from 8 days, against 82.8 % from 7
    expect(width(f, 0) / GBPS).toBeCloseTo(10.5, 2);
  });
});
