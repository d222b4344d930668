import { describe, expect, it } from 'vitest';
import { daysBetween } from '#lib/domain/dates';
import { mulberry32, normal } from '#lib/sample/prng';
import { evaluateBundle, GROUP } from '../../helpers/bundle-series.ts';

/** A week whose peak day is followed by the week's lows. */
const WEEK = [1.03, 1.12, 0.95, 0.96, 0.97, 0.97, 1];
const DAYS = 60;

/** A link's 60 daily peaks about `bps`, 25 %/yr up, ±2 % from day to day. */
function link(bps: number, rng: () => number): number[] {
  return Array.from(
    { length: DAYS },
    (_, t) =>
      bps * (1 + (0.25 * t) / 365) * WEEK[t % 7]! * (1 + 0.02 * normal(rng)),
  );
}

describe('a young bundle that loses one day near the end', () => {
  it.each([3, 4])(
    'keeps its severity and its critical date within two weeks (seed %i)',
    (seed) => {
      // Prepare: two 100 G links at about 68 % for 60 days (no backtest
      // yet: Theta alone), and the same with the day 4 days before the
      // as-of date lost on both (its traffic file unreadable)
      const rng = mulberry32(seed);
      const [a, b] = [link(68e9, rng), link(68e9, rng)];
      const lose = (v: readonly number[]) =>
        v.map((x, t) => (t === DAYS - 4 ? Number.NaN : x));
      const group = (va: readonly number[], vb: readonly number[]) =>
        evaluateBundle(va, vb).evaluations.find((e) => e.key === GROUP)!;

      // Act
      const [whole, lost] = [group(a, b), group(lose(a), lose(b))];

      // Assess: filled by a straight line between its neighbours (the
      // day before it and the weekly peak), the lost day read 3 % above
      // its weekday; Theta's smoothing weight moved on it, and the bundle
      // went from warning to critical, its critical date 2–4 weeks
      // earlier. Filled by its weekday's expectation it stays warning
      expect(whole.severity).toBe('warning');
      expect(lost.severity).toBe(whole.severity);
      const moved = daysBetween(
        whole.criticalDateUpper!,
        lost.criticalDateUpper!,
      );
      expect(Math.abs(moved)).toBeLessThanOrEqual(14);
    },
  );
});
