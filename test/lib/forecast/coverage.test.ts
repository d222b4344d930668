import { describe, expect, it } from 'vitest';
import { forecastSeries } from '#lib/forecast/index';
import { gaussian } from '../../fixtures/forecast/series.ts';

describe('interval coverage on simulated series with known noise', () => {
  it('is within 3 points of nominal at 80 % and 95 %', () => {
    // Prepare
    const inside = { 80: 0, 95: 0 };
    let points = 0;

    // Act
    for (let seed = 1; seed <= 40; seed += 1) {
      const z = gaussian(seed);
      const y = Array.from(
        { length: 820 },
        (_, t) =>
          1e9 *
          (1 + (0.3 * t) / 365) *
          (1 + 0.1 * Math.sin((2 * Math.PI * t) / 7)) *
          (1 + 0.03 * z()),
      );
      const f = forecastSeries(y.slice(0, 730), {
        horizon: 90,
        levels: [80, 95],
      });
      y.slice(730).forEach((v, i) => {
        points += 1;
        for (const l of [80, 95] as const) {
          if (f.lower[l]![i]! <= v && v <= f.upper[l]![i]!) inside[l] += 1;
        }
      });
    }

    // Assess
    expect(Math.abs((100 * inside[80]) / points - 80)).toBeLessThan(3);
    expect(Math.abs((100 * inside[95]) / points - 95)).toBeLessThan(3);
  });
});
