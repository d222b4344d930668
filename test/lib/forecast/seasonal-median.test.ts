import { describe, expect, it } from 'vitest';
import { seasonalNaive } from '#lib/forecast/index';
import {
  fitSeasonalMedian,
  seasonalMedian,
} from '#lib/forecast/seasonal-median';

const PATTERN = [1, 1.1, 1.2, 1.15, 1.05, 0.8, 0.7];
// A weekly pattern on a line: 1e9 + 2e6 a day.
const trended = Array.from(
  { length: 140 },
  (_, t) => 1e9 + 2e6 * t + 1e8 * PATTERN[t % 7]!,
);
const next = (h: number) =>
  1e9 + 2e6 * (140 + h) + 1e8 * PATTERN[(140 + h) % 7]!;

function relativeGap(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((x, i) => Math.abs(x - b[i]!) / Math.abs(b[i]!)));
}

describe('seasonal median', () => {
  it('continues a weekly pattern on a line exactly', () => {
    // Prepare
    const expected = Array.from({ length: 30 }, (_, h) => next(h));

    // Act
    const f = seasonalMedian.forecast(trended, 7, 30, [80, 95]);

    // Assess
    expect(relativeGap(f.mean, expected)).toBeLessThan(1e-9);
  });

  it('ignores one bad week among the last four', () => {
    // Prepare: an outage in the last week, a spike the week before
    const flat = Array.from({ length: 70 }, (_, t) => 1e9 * PATTERN[t % 7]!);
    const expected = Array.from({ length: 14 }, (_, h) => flat[h]!);
    const outage = flat.map((v, t) => (t >= 63 ? 0 : v));
    const spike = flat.map((v, t) => (t >= 56 && t < 63 ? 3 * v : v));

    // Act
    const a = seasonalMedian.forecast(outage, 7, 14, [80]);
    const b = seasonalMedian.forecast(spike, 7, 14, [80]);
    const naive = seasonalNaive.forecast(outage, 7, 14, [80]);

    // Assess: within the drift the bad week puts into the first and last
    // seasons (none here: both are clean), unlike seasonal naive
    expect(relativeGap(a.mean, expected)).toBeLessThan(1e-9);
    expect(relativeGap(b.mean, expected)).toBeLessThan(1e-9);
    expect(relativeGap(naive.mean, expected)).toBeGreaterThan(0.9);
  });

  it('keeps its drift when the first week is bad, taking the first weeks by their median too', () => {
    // Prepare: the line's first week lost to an outage (10 % of traffic)
    const expected = Array.from({ length: 30 }, (_, h) => next(h));
    const badStart = trended.map((v, t) => (t < 7 ? 0.1 * v : v));

    // Act
    const f = seasonalMedian.forecast(badStart, 7, 30, [80]);

    // Assess
    expect(relativeGap(f.mean, expected)).toBeLessThan(1e-9);
  });

  it('uses the seasons there are when the series is short', () => {
    // Act
    const fit = fitSeasonalMedian([1, 5, 1, 5, 9, 5], 2);

    // Assess: three seasons, medians of (1, 1, 9) and (5, 5, 5)
    expect(fit.base).toEqual([1, 5]);
    expect(fit.lag).toBe(2);
  });
});
