import { describe, expect, it } from 'vitest';
import { detectLevelShifts } from '#lib/forecast/index';
import { mulberry32, normal } from '#lib/sample/prng';

const WEEK = [1, 1.04, 1.06, 1.05, 1.02, 0.9, 0.88];

/** 200 days of weekly-patterned peaks, `level(t)` times the week's figure. */
function weekly(level: (t: number) => number): number[] {
  const rng = mulberry32(3);
  return Array.from(
    { length: 200 },
    (_, t) => level(t) * WEEK[t % 7]! * (1 + 0.02 * normal(rng)),
  );
}

describe('lasting level shifts in a weekly pattern', () => {
  it('moves the days before a fall of 30 % to the new level', () => {
    // Prepare: the weekends' dip filled the gap between the quartiles of
    // the two sides, and the fall was not seen
    const values = weekly((t) => (t >= 150 ? 70 : 100));

    // Act
    const { values: moved, cleaned } = detectLevelShifts(values, 7);

    // Assess
    expect(cleaned.map((c) => [c.kind, c.index])).toEqual([
      ['level-shift', 150],
    ]);
    expect(moved[10]! / values[10]!).toBeCloseTo(0.7, 1);
    expect(moved[160]).toBe(values[160]);
  });

  it('leaves a plateau that came back before the end where it was', () => {
    // Prepare: 40 days at +40 %, then the old level again
    const values = weekly((t) => (t >= 100 && t < 140 ? 140 : 100));

    // Act
    const { values: moved, cleaned } = detectLevelShifts(values, 7);

    // Assess: moving the history to a level the series left would bend
    // its forecast
    expect(cleaned).toEqual([]);
    expect(moved).toEqual(values);
  });
});
