import { describe, expect, it } from 'vitest';
import { detectEndStep } from '#lib/forecast/end-step';
import { mulberry32, normal } from '#lib/sample/prng';

const WEEK = [1, 1.05, 1.1, 1.08, 1.02, 0.85, 0.8];
const RULE = { minChange: 0.4, followUp: 5, followDown: 7 };

/**
 * 120 days with a weekly pattern, noise of 1–13 %, 2 % outage days and two
 * shifts of level (×0.3 to ×3.3) in the last 60 and 30 days.
 */
function twoShifts(rng: () => number): number[] {
  const n = 120;
  const a = n - 1 - Math.floor(rng() * 60);
  const b = n - 1 - Math.floor(rng() * 30);
  const ra = Math.exp((rng() - 0.5) * 2.4);
  const rb = Math.exp((rng() - 0.5) * 2.4);
  const noise = 0.01 + 0.12 * rng();
  return Array.from(
    { length: n },
    (_, t) =>
      1e9 *
      (t >= a ? ra : 1) *
      (t >= b ? rb : 1) *
      WEEK[t % 7]! *
      Math.max(0, 1 + noise * normal(rng)) *
      (rng() < 0.02 ? 0 : 1),
  );
}

describe('the step screen is a necessary condition', () => {
  it.each([1, 2, 3])(
    'random two-shift series, seed %i: same steps with and without it',
    (seed) => {
      const rng = mulberry32(seed);
      let found = 0;
      for (let k = 0; k < 700; k += 1) {
        const y = twoShifts(rng);
        const step = detectEndStep(y, 7, RULE, false);
        expect(detectEndStep(y, 7, RULE)).toEqual(step);
        if (step) found += 1;
      }
      // Both answers occur often, so the comparison means something.
      expect(found).toBeGreaterThan(100);
      expect(found).toBeLessThan(600);
    },
  );

  it('a fall to 0.34× 38 days back, then +85 % 10 days back, is a step', () => {
    const y = Array.from(
      { length: 120 },
      (_, t) => 1e9 * (t >= 82 ? 0.34 : 1) * (t >= 110 ? 1.85 : 1),
    );
    expect(detectEndStep(y, 7, RULE)).toMatchObject({ start: 110, days: 10 });
  });
});
