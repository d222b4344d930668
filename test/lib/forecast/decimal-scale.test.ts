import { describe, expect, it } from 'vitest';
import type { SeriesForecast } from '#lib/domain/forecast';
import { ForecastRangeError } from '#lib/errors';
import { decimalScale } from '#lib/forecast/decimal-scale';
import { forecastSeries } from '#lib/forecast/index';
import { trafficSeries } from '../../fixtures/forecast/series.ts';

const OPTIONS = { horizon: 90, levels: [80, 95] };

/** A long series with a gap, a spike and a week of zeros to clean. */
const cleaned = trafficSeries(730, 11).map((v, i) => {
  if (i === 300) return Number.NaN;
  if (i === 500) return 10 * v;
  return i >= 400 && i < 407 ? 0 : v;
});

/** Every number of a forecast, labelled, divided by `factor`. */
function numbers(f: SeriesForecast, factor = 1) {
  return {
    mean: f.mean.map((x) => x / factor),
    lower: OPTIONS.levels.map((l) => f.lower[l]!.map((x) => x / factor)),
    upper: OPTIONS.levels.map((l) => f.upper[l]!.map((x) => x / factor)),
    cleaned: f.cleaned.map((c) =>
      [c.original, c.replacement].map((x) => x / factor),
    ),
  };
}

/** Largest relative gap between two equally shaped nested number arrays. */
function relativeGap(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) && Number.isNaN(b)) return 0;
    return a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  }
  const xs = Object.values(a as object);
  const ys = Object.values(b as object);
  if (xs.length !== ys.length) return Number.POSITIVE_INFINITY;
  return Math.max(0, ...xs.map((x, i) => relativeGap(x, ys[i])));
}

describe('forecasts of series of extreme magnitude', () => {
  it.each([
    ['730 days with a gap, a spike and an outage', cleaned],
    ['60 days (no backtest)', trafficSeries(60, 3)],
    ['20 days (the short-series fallback)', trafficSeries(20, 3)],
  ])('are the forecast times 1e200 and 1e-200 for %s', (_label, values) => {
    // Prepare
    const ordinary = forecastSeries(values, OPTIONS);

    for (const factor of [1e200, 1e-200]) {
      // Act
      const f = forecastSeries(
        values.map((v) => v * factor),
        OPTIONS,
      );

      // Assess: same model, same cleaning, every number scaled alike
      expect(f.model).toBe(ordinary.model);
      expect(f.cleaned.map((c) => [c.index, c.kind])).toEqual(
        ordinary.cleaned.map((c) => [c.index, c.kind]),
      );
      expect(relativeGap(numbers(f, factor), numbers(ordinary))).toBeLessThan(
        1e-9,
      );
      // Intervals keep their width (they were zero from 1e160 and 1e-200).
      expect(f.upper[95]![0]! - f.lower[95]![0]!).toBeGreaterThan(
        0.01 * Math.abs(f.mean[0]!),
      );
    }
  });

  it('forecasts values near the largest double with finite numbers', () => {
    // Prepare: up to 1.6e308 (its mean and bounds were NaN)
    const values = trafficSeries(60, 3, { level: 1.4e308, growth: 0 });

    // Act
    const f = forecastSeries(values, OPTIONS);

    // Assess
    const all = [f.mean, ...Object.values(f.lower), ...Object.values(f.upper)];
    expect(all.flat().every(Number.isFinite)).toBe(true);
    expect(f.mean[0]! / 1.4e308).toBeGreaterThan(0.8);
    expect(f.upper[95]![0]!).toBeGreaterThan(f.lower[95]![0]!);
  });

  it('throws a ForecastRangeError naming the largest value when the forecast exceeds a double', () => {
    // Prepare: rising to 1.69e308, so the forecast rises past 1.8e308
    const values = Array.from({ length: 60 }, (_, t) => 1e308 * (1 + t / 85));

    // Act
    const act = () => forecastSeries(values, { horizon: 30, levels: [80] });

    // Assess
    expect(act).toThrow(ForecastRangeError);
    expect(act).toThrow(
      expect.objectContaining({
        code: 'FORECAST.OUT_OF_RANGE',
        index: 59,
        value: values[59],
      }),
    );
  });
});

describe('decimalScale', () => {
  it.each([
    ['ordinary traffic', [5e9, 7e9], 1],
    ['ordinary rates', [1e-3, 0.2], 1],
    ['all zeros', [0, 0], 1],
    ['just inside 1e100', [9e99], 1],
    ['1e200 times ordinary', [3e202, Number.NaN, 5e202], 1e200],
    ['1e-200 times ordinary', [3e-198, 5e-198], 1e-200],
    ['1e160 times ordinary', [-4e165, 2e165], 1e160],
    ['near the largest double', [1.7e308], 1e300],
    ['the smallest double', [5e-324], 1e-300],
  ])('divides %s by the right power of ten', (_label, values, divisor) => {
    // Act
    const scale = decimalScale(values);

    // Assess
    expect(scale.divisor).toBe(divisor);
  });

  it('names the index of the finite value of largest magnitude', () => {
    // Act
    const scale = decimalScale([1e200, Number.NaN, -3e201, 2e201]);

    // Assess
    expect(scale).toEqual({ divisor: 1e200, peak: 2 });
  });
});
