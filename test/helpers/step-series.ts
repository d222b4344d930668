import { mulberry32, normal } from '#lib/sample/prng';

/** Weekly pattern of the built series (Monday first). */
const PATTERN = [1, 1.05, 1.1, 1.08, 1.02, 0.85, 0.8];

/** One built case: a level step and/or an outage at the end of the history. */
export interface StepCase {
  readonly name: string;
  /** Days at the new level up to the end (0: no step). */
  readonly stepDays: number;
  /** New level over the old one (1.7 = +70 %). */
  readonly ratio: number;
  /** Days of outage (zeros) at the very end. */
  readonly outageDays: number;
  /** Relative noise per day (0.03 = 3 %). */
  readonly noise: number;
  /** Share of the level left during the outage (default 0: zeros). */
  readonly outageLevel?: number;
  /** Seed of the noise (default 0). */
  readonly seed?: number;
}

/**
 * A daily traffic series of 365 days growing 30 % a year with a weekly
 * pattern and noise, with the case's step and outage, and the expected
 * path of the next days at the level after the step (no outage) and at
 * the level before it.
 *
 * @param c - the case
 * @param horizon - days of the expected path
 * @returns the history and the expected path
 * @example
 * buildStepSeries({ name: 'up', stepDays: 5, ratio: 1.7, outageDays: 0,
 *   noise: 0.03 }, 14).history.length; // 365
 */
export function buildStepSeries(c: StepCase, horizon: number) {
  const n = 365;
  const rng = mulberry32(
    7 + Math.round(c.ratio * 100) + 13 * c.stepDays + 1000 * (c.seed ?? 0),
  );
  const before = (t: number) => 8e9 * (1 + (0.3 * t) / 365) * PATTERN[t % 7]!;
  const level = (t: number) =>
    before(t) * (c.stepDays > 0 && t >= n - c.stepDays ? c.ratio : 1);
  const history = Array.from(
    { length: n },
    (_, t) =>
      (t >= n - c.outageDays ? (c.outageLevel ?? 0) : 1) *
      level(t) *
      (1 + c.noise * normal(rng)),
  );
  const expected = Array.from({ length: horizon }, (_, h) => level(n + h));
  const old = Array.from({ length: horizon }, (_, h) => before(n + h));
  return { history, expected, old };
}
