import { describe, expect, it } from 'vitest';
import { InputError } from '#lib/errors';
import { type Forecaster, forecastSeries } from '#lib/forecast/index';
import { trafficSeries } from '../../fixtures/forecast/series.ts';

const OPTIONS = { horizon: 10, levels: [95, 80] };

function expectSound(f: ReturnType<typeof forecastSeries>, horizon: number) {
  expect(f.mean).toHaveLength(horizon);
  f.mean.forEach((m, i) => {
    const l95 = f.lower[95]![i]!;
    const l80 = f.lower[80]![i]!;
    const u80 = f.upper[80]![i]!;
    const u95 = f.upper[95]![i]!;
    expect([m, l95, l80, u80, u95].every(Number.isFinite)).toBe(true);
    expect(l95 <= l80 && l80 <= m && m <= u80 && u80 <= u95).toBe(true);
  });
}

describe('forecastSeries', () => {
  it.each([
    ['an empty series', []],
    ['an all-missing series', [Number.NaN, Number.NaN]],
    ['one value', [5]],
    ['a short series', [1, 2, 3, 4, 5]],
    ['a constant series', Array.from({ length: 100 }, () => 7)],
    ['negative values', trafficSeries(90, 1, { level: -5 })],
    ['infinities', [1, Number.POSITIVE_INFINITY, 3, 4]],
  ])('returns a sound forecast with a warning or model for %s', (_l, y) => {
    // Act
    const f = forecastSeries(y, OPTIONS);

    // Assess
    expectSound(f, 10);
    expect(f.model).not.toBe('');
  });

  it('warns and repeats the last week, with no trend, for a short history', () => {
    // Act
    const f = forecastSeries([1, 2, 3, 4, 5, 6, 7, 8, 9], OPTIONS);

    // Assess
    expect(f.model).toBe('snaive');
    expect(f.warnings[0]).toBe(
      'short history: 9 observations, fewer than 28; used its last week ' +
        'repeated, with no trend (snaive)',
    );
  });

  it('forecasts zeros with a warning when nothing was observed', () => {
    // Act
    const f = forecastSeries([], OPTIONS);

    // Assess
    expect(f.mean).toEqual(Array.from({ length: 10 }, () => 0));
    expect(f.warnings).toEqual(['no observations: forecast is zero']);
  });

  it('trims leading gaps and reports filled days at their input index', () => {
    // Prepare
    const y = [Number.NaN, Number.NaN, ...trafficSeries(120, 2)];
    y[30] = Number.NaN;

    // Act
    const f = forecastSeries(y, OPTIONS);

    // Assess
    expect(f.cleaned).toContainEqual(
      expect.objectContaining({ index: 30, kind: 'missing' }),
    );
    expect(f.backtest?.mase).toBeGreaterThan(0);
  });

  it('keeps forecasts of non-negative data at or above zero', () => {
    // Prepare
    const y = Array.from({ length: 100 }, (_, t) => Math.max(0, 100 - t));

    // Act
    const f = forecastSeries(y, { horizon: 60, levels: [80] });

    // Assess
    expect(Math.min(...f.lower[80]!)).toBeGreaterThanOrEqual(0);
  });

  it('falls back to seasonal naive when every candidate throws', () => {
    // Prepare
    const broken: Forecaster = {
      name: 'broken',
      minLength: 1,
      fit: () => {
        throw new Error('boom');
      },
      predict: () => ({ mean: [], lower: {}, upper: {} }),
      forecast: () => {
        throw new Error('boom');
      },
    };

    // Act
    const f = forecastSeries(trafficSeries(100, 3), {
      ...OPTIONS,
      candidates: [broken],
    });

    // Assess
    expect(f.model).toBe('snaive-drift');
    expect(f.warnings.join()).toMatch(/boom/);
    expectSound(f, 10);
    // The fallback's own interval, not the mean alone.
    expect(f.upper[95]![9]!).toBeGreaterThan(f.upper[80]![9]!);
    expect(f.lower[95]![9]!).toBeLessThan(f.lower[80]![9]!);
  });

  it.each([
    ['values not an array', 'x', OPTIONS, /values must be an array/],
    ['a negative horizon', [1], { horizon: -1, levels: [80] }, /horizon/],
    ['a level of 100', [1], { horizon: 1, levels: [100] }, /levels/],
    ['a season of 0', [1], { horizon: 1, levels: [80], season: 0 }, /season/],
  ])('throws an InputError for %s', (_l, values, options, message) => {
    // Act
    const act = () => forecastSeries(values as number[], options);

    // Assess
    expect(act).toThrow(InputError);
    expect(act).toThrow(message);
  });
});
