import { describe, expect, it } from 'vitest';
import {
  forecastSeries,
  linearTrend,
  logTrend,
  robustTrend,
  seasonalNaive,
} from '#lib/forecast/index';
import { seasonalMedian } from '#lib/forecast/seasonal-median';

const LEVELS = [80, 95];
const PATTERN = [1, 1.1, 1.2, 1.15, 1.05, 0.8, 0.7];

function relativeGap(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((x, i) => Math.abs(x - b[i]!) / Math.abs(b[i]!)));
}

describe('known answers', () => {
  const line = Array.from({ length: 200 }, (_, t) => 1e9 + 1e7 * t);
  const lineNext = Array.from({ length: 60 }, (_, h) => 1e9 + 1e7 * (200 + h));

  it.each([
    ['linear-trend', linearTrend],
    ['snaive-drift', seasonalNaive],
    ['snaive-median', seasonalMedian],
  ] as const)('extrapolates an exact line exactly with %s', (_n, model) => {
    // Act
    const f = model.forecast(line, 7, 60, LEVELS);

    // Assess
    expect(relativeGap(f.mean, lineNext)).toBeLessThan(1e-9);
  });

  it('extrapolates an exact line exactly through the engine', () => {
    // Act
    const f = forecastSeries(line, { horizon: 60, levels: LEVELS });

    // Assess
    expect(relativeGap(f.mean, lineNext)).toBeLessThan(1e-6);
  });

  const weekly = Array.from({ length: 280 }, (_, t) => 1e9 * PATTERN[t % 7]!);
  const weeklyNext = Array.from(
    { length: 28 },
    (_, h) => 1e9 * PATTERN[(280 + h) % 7]!,
  );

  it.each([
    ['snaive-drift', seasonalNaive],
    ['snaive-median', seasonalMedian],
    ['linear-trend', linearTrend],
    ['robust-trend', robustTrend],
  ] as const)('reproduces a pure weekly pattern with %s', (_n, model) => {
    // Act
    const f = model.forecast(weekly, 7, 28, LEVELS);

    // Assess
    expect(relativeGap(f.mean, weeklyNext)).toBeLessThan(1e-6);
  });

  it('reproduces a pure weekly pattern through the engine', () => {
    // Act
    const f = forecastSeries(weekly, { horizon: 28, levels: LEVELS });

    // Assess
    expect(relativeGap(f.mean, weeklyNext)).toBeLessThan(1e-6);
  });

  const rate = Math.log(1.5) / 365;
  const growing = Array.from(
    { length: 730 },
    (_, t) => 1e9 * Math.exp(rate * t) * PATTERN[t % 7]!,
  );
  const implied = (mean: readonly number[]) =>
    Math.log(mean[83]! / mean[6]!) / 77;

  it.each([
    ['log-trend', logTrend],
    ['robust-trend', robustTrend],
  ] as const)('recovers a known exponential growth with %s', (_n, model) => {
    // Act
    const f = model.forecast(growing, 7, 90, LEVELS);

    // Assess
    expect(Math.abs(implied(f.mean) / rate - 1)).toBeLessThan(0.01);
  });

  it('recovers a known exponential growth through the engine', () => {
    // Act
    const f = forecastSeries(growing, { horizon: 90, levels: LEVELS });

    // Assess
    expect(Math.abs(implied(f.mean) / rate - 1)).toBeLessThan(0.01);
    expect(
      f.mean[0]! / (1e9 * Math.exp(rate * 730) * PATTERN[730 % 7]!),
    ).toBeCloseTo(1, 2);
  });
});
