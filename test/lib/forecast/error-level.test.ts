import { describe, expect, it } from 'vitest';
import type { BacktestRun } from '#lib/forecast/backtest';
import { scoreRuns } from '#lib/forecast/score-runs';

const runs: BacktestRun[] = [
  {
    origin: 100,
    actual: [10, 12],
    level: 10,
    means: { a: [11, 12], b: [10, 14] },
  },
  // The week before this origin was all zero (a link not yet in service).
  { origin: 150, actual: [4, 6], level: 0, means: { a: [0, 0], b: [4, 5] } },
];

function inUnit(c: number): BacktestRun[] {
  const times = (xs: readonly number[]) => xs.map((x) => x * c);
  return runs.map((r) => ({
    ...r,
    actual: times(r.actual),
    level: r.level * c,
    means: { a: times(r.means.a!), b: times(r.means.b!) },
  }));
}

describe('backtest scores', () => {
  it('are the same in any unit when an origin has a zero level', () => {
    // Act
    const scores = [1, 1e-3, 1e9].map((c) =>
      scoreRuns(inUnit(c), ['a', 'b']).map((k) => [k.members, k.score]),
    );

    // Assess: errors at the zero-level origin count relative to the
    // largest level (10), as at the other origin.
    for (const s of scores) {
      expect(s.map(([members]) => members)).toEqual([['b'], ['b', 'a'], ['a']]);
      [0.075, 0.175, 0.275].forEach((x, i) => {
        expect(s[i]![1] as number).toBeCloseTo(x, 12);
      });
    }
  });
});
