import { describe, expect, it } from 'vitest';
import type { BacktestRun } from '#lib/forecast/backtest';
import { errorScale } from '#lib/forecast/calibrate';
import { guardedScale } from '#lib/forecast/guard-scale';

const H = 150;

/**
 * Three runs at level 100, the actual 100 flat. The single models miss
 * it by ±k·h (relative ±0.01·k·h: each band's RMS about its centre times
 * 0.01·k, a law of b = 1); the chosen mean of two misses it by ±0.1 on
 * every step, a lucky backtest.
 */
function runs(): BacktestRun[] {
  return [1, -1, 1].map((sign, r) => {
    const miss = (k: number) =>
      Array.from({ length: H }, (_, i) => 100 + sign * k * (i + 1));
    return {
      origin: 300 - 75 * r,
      level: 100,
      actual: Array.from({ length: H }, () => 100),
      means: {
        a: miss(0.8),
        b: miss(1),
        c: miss(1.2),
        ab: Array.from({ length: H }, () => 100 + sign * 0.1),
      },
    };
  });
}

const single = (name: string) => ({
  members: [name],
  score: 0,
  path: (r: BacktestRun) => r.means[name]!,
});

describe('guardedScale', () => {
  it("keeps a lucky choice's first days at the single models' σ of their first band, not their law extended down to h = 1", () => {
    // Prepare: the median single model, b, has σ of about 0.149 over its
    // first band of 25 steps (centred on 13)
    const all = runs();
    const ranked = [
      { members: ['a', 'b'], score: 0, path: (r: BacktestRun) => r.means.ab! },
      single('a'),
      single('b'),
      single('c'),
    ];
    const median = errorScale(all, (r) => r.means.b!, 365)!;

    // Act
    const sigma = guardedScale(all, (r) => r.means.ab!, ranked, 365)!;

    // Assess: the first 13 steps at that σ (the law at h = 1 is 0.013),
    // and the law past them, a year ahead too
    expect(sigma[0]).toBeGreaterThan(0.14);
    expect(sigma[0]).toBeLessThan(0.16);
    for (const h of [1, 13, 50, 100, 365]) {
      expect(sigma[h - 1]).toBeCloseTo(median[h - 1]!, 10);
    }
  });
});
