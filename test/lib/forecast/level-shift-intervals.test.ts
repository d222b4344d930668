import { describe, expect, it } from 'vitest';
import { forecastSeries } from '#lib/forecast/index';
import { mulberry32, normal } from '#lib/sample/prng';

const WEEK = [1, 1.04, 1.06, 1.05, 1.02, 0.9, 0.88];

/** A year of daily peaks, then `after` days at `1 + change` of the level. */
function shifted(change: number, after: number) {
  const rng = mulberry32(7);
  const level = (t: number) =>
    18e9 * (1 + (0.1 * t) / 365) * WEEK[t % 7]! * (t >= 365 ? 1 + change : 1);
  const values = Array.from(
    { length: 365 + after },
    (_, t) => level(t) * (1 + 0.02 * normal(rng)),
  );
  return { values, level: (h: number) => level(values.length + h) };
}

describe('the bounds after a lasting level shift', () => {
  it.each([
    [-0.4, 60],
    [0.4, 90],
  ])(
    'keep the upper bound near the new level (change %s, %s days on)',
    (change, after) => {
      // Prepare
      const { values, level } = shifted(change, after);

      // Act
      const f = forecastSeries(values, { horizon: 365, levels: [80, 95] });

      // Assess: the mean is at the new level, and so is the bound; scored
      // against the history as it came, runs from before the shift met
      // the old level as their error: 1.3–1.9 × the level at every horizon
      for (const h of [6, 89, 179, 364]) {
        expect(f.mean[h]! / level(h)).toBeCloseTo(1, 1);
        expect(f.upper[80]![h]! / level(h)).toBeLessThan(1.1);
      }
    },
  );
});

describe('the upper bound after a fall the cleaning does not move', () => {
  it('stays near the new level: the fall widens the lower bound', () => {
    // Prepare: a fall of 20 % 90 days ago, under what the cleaning counts
    // as a level shift
    const { values, level } = shifted(-0.2, 90);

    // Act
    const f = forecastSeries(values, { horizon: 365, levels: [80, 95] });

    // Assess: one bound for both sides put the 80 % upper bound a year
    // ahead at 1.46 × the level (bench/step-widening.ts); sided, 1.17 ×
    expect(f.upper[80]![364]! / level(364)).toBeLessThan(1.25);
    expect(f.upper[80]![179]! / level(179)).toBeLessThan(1.15);
    expect(f.lower[80]![364]! / level(364)).toBeLessThan(0.8);
  });
});
