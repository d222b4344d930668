import { describe, expect, it } from 'vitest';
import { evaluateBundle, GROUP } from '../../helpers/bundle-series.ts';

/** A link's daily peaks over its first `days` days, about `bps`, ±6 %. */
const young = (days: number, bps: number) =>
  Array.from({ length: days }, (_, t) => bps * [1, 0.94, 1.06][t % 3]!);

describe('a bundle with less than a week of traffic', () => {
  it.each([3, 5])(
    'at 65 % with %i days of traffic is asked for what it is asked at 10 days, one port, not seven',
    (days) => {
      // Prepare: two 100 G links at 65 G each, ±6 % from day to day
      const at = (n: number) =>
        evaluateBundle(young(n, 65e9), young(n, 65e9)).evaluations.find(
          (e) => e.key === GROUP,
        )!;

      // Act
      const [group, later] = [at(days), at(10)];

      // Assess: its bound widens with the weeks ahead as from 8 days on
      // (it read ok up to 7 days, critical from 8); widened with each of
      // its 2-day "seasons" ahead, it was asked 7 × 100 G
      expect(group.severity).toBe(later.severity);
      expect(group.recommendedAddBps).toBe(100e9);
      expect(later.recommendedAddBps).toBe(100e9);
    },
  );

  it('is critical when its last days already reach the threshold', () => {
    // Prepare: two 100 G links at 90 G each, ten days old
    const { evaluations } = evaluateBundle(young(10, 90e9), young(10, 90e9));

    // Act
    const group = evaluations.find((e) => e.key === GROUP)!;

    // Assess: needed now, and an augment that brings it under 85 %
    expect(group.severity).toBe('critical');
    expect(group.recommendedAddBps).toBeGreaterThanOrEqual(100e9);
  });
});

describe('a bundle at its first weekly difference', () => {
  // Two 100 G links peaking at 75 G on Sundays, 68 G midweek (a
  // residential week), ±1 % from day to day
  const WEEK = [1.1, 1, 1, 1, 1, 1.03, 1.08];
  const NOISE = [0, 0.01, -0.01, 0.005, -0.005];
  const link = (days: number) =>
    Array.from(
      { length: days },
      (_, t) => (75e9 / 1.1) * WEEK[t % 7]! * (1 + NOISE[t % 5]!),
    );
  const at = (days: number) =>
    evaluateBundle(link(days), link(days)).evaluations.find(
      (e) => e.key === GROUP,
    )!;

  it('keeps the severity it had at 7 days on day 8, then eases as weeks come in', () => {
    // Act
    const [week, eight, later] = [at(7), at(8), at(16)];

    // Assess: from its one weekly difference alone (+1 %), its bound a
    // week on narrowed to a sixth of the 7-day one's and it went from
    // critical to watch overnight; pooled with the spread of its days, it
    // narrows as the weekly differences come in
    expect(week.severity).toBe('critical');
    expect(eight.severity).toBe('critical');
    expect(later.severity).not.toBe('critical');
  });
});
