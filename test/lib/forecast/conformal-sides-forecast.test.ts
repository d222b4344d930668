import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTING, forecastSeries } from '#lib/forecast/index';
import { mulberry32, normal } from '#lib/sample/prng';

describe('the widening per side', () => {
  it('moves each bound by its own factor', () => {
    // Prepare: a year of noisy weekly traffic
    const rng = mulberry32(3);
    const values = Array.from(
      { length: 365 },
      (_, t) => 1e10 * (1 + 0.1 * Math.sin(t)) * (1 + 0.03 * normal(rng)),
    );
    const at = (lower: number, upper: number) =>
      forecastSeries(values, {
        horizon: 30,
        levels: [80],
        setting: {
          ...DEFAULT_SETTING,
          widen: {
            lower: { 80: lower, 95: lower },
            upper: { 80: upper, 95: upper },
          },
        },
      });

    // Act
    const [one, two] = [at(1, 1), at(1, 2)];

    // Assess: the upper distance doubles, the lower one stays
    const up = (f: typeof one) => f.upper[80]![9]! - f.mean[9]!;
    const down = (f: typeof one) => f.mean[9]! - f.lower[80]![9]!;
    expect(up(two) / up(one)).toBeCloseTo(2, 9);
    expect(down(two) / down(one)).toBeCloseTo(1, 9);
  });
});

describe('a young link whose traffic fell', () => {
  it('keeps an upper bound above its forecast', () => {
    // Prepare: 100 days (one backtest origin), the last 30 of them 10 %
    // below the level before, and the 60 days after at that level
    const rng = mulberry32(11);
    const level = (t: number) => 1e10 * (t >= 70 ? 0.9 : 1);
    const all = Array.from(
      { length: 160 },
      (_, t) => level(t) * (1 + 0.03 * normal(rng)),
    );

    // Act
    const f = forecastSeries(all.slice(0, 100), { horizon: 60, levels: [80] });

    // Assess: with the upper multiplier from the (all negative) errors
    // alone, it was 0 and the bound sat on the mean
    const width = (f.upper[80]![29]! - f.mean[29]!) / f.mean[29]!;
    const above = all.slice(100).filter((y, h) => y > f.upper[80]![h]!);
    expect(width).toBeGreaterThan(0.02);
    expect(above.length).toBeLessThanOrEqual(12);
  });
});
