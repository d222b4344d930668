import { mulberry32, normal } from '#lib/sample/prng';

/** Weekly pattern of the built series (Monday first). */
const WEEK = [1, 1.04, 1.06, 1.05, 1.02, 0.9, 0.88];

/**
 * A year of daily peaks growing 10 % a year with a weekly pattern, then
 * `after` days at `1 + change` of the level (the series of
 * `bench/step-widening.ts`), and the true level `h` days past its end.
 *
 * @param change - the change of level on day 365 (0.2 = +20 %)
 * @param after - days after the change
 * @param noise - relative noise per day (default 2 %)
 * @returns the values and the true level ahead
 * @example
 * shifted(0.2, 90).values.length; // 455
 */
export function shifted(change: number, after: number, noise = 0.02) {
  const rng = mulberry32(7);
  const level = (t: number) =>
    18e9 * (1 + (0.1 * t) / 365) * WEEK[t % 7]! * (t >= 365 ? 1 + change : 1);
  const values = Array.from(
    { length: 365 + after },
    (_, t) => level(t) * (1 + noise * normal(rng)),
  );
  return { values, level: (h: number) => level(values.length + h) };
}
