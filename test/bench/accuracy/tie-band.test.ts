import { describe, expect, it } from 'vitest';
import { WIDEN_GRID } from '#lib/forecast/index';
import type { Scored } from '../../../bench/accuracy/data.ts';
import {
  choose,
  type SettingRun,
  scoreChoice,
} from '../../../bench/accuracy/lofo.ts';
import { aCase } from './a-case.ts';

/** 20 days of actuals at 10, forecast `10 + err` with bounds ±1. */
function scored(err: number): Scored {
  const at = (v: number) => new Float64Array(20).fill(v);
  return {
    y: at(10),
    mean: at(10 + err),
    lo80: at(9 + err),
    hi80: at(11 + err),
    lo95: at(8.5 + err),
    hi95: at(11.5 + err),
    scale: 1,
  };
}

/** A point setting whose forecast of case i is off by `errs[i]`. */
const run = (point: string, errs: number[]): SettingRun => ({
  point,
  scaleBy: 'level',
  base: WIDEN_GRID[0]!,
  cut: errs.map(scored),
});

describe("a fold's near ties in bench:accuracy", () => {
  const cases = [aCase('six'), aCase('six'), aCase('wiki'), aCase('wiki')];
  const idx = [0, 1, 2, 3];
  // `a` is best by a hair; `b` wins on the other half of the cases;
  // `c` is off by 5 on every case.
  const runs = [
    run('a', [1, 3, 1, 3]),
    run('b', [3, 1, 3, 1.2]),
    run('c', [5, 5, 5, 5]),
  ];

  it('are averaged, and a setting worse on every case is left out', () => {
    // Act
    const { choice, ranking } = choose(runs, cases, idx, WIDEN_GRID);
    const scores = scoreChoice(runs, choice, idx);

    // Assess: the mean of a and b is off by 2 (2.1 on the last case)
    expect(ranking).toEqual(['a', 'b', 'c']);
    expect(choice.members).toEqual(['a', 'b']);
    expect(choice.point).toBe('a + b');
    expect([...scores.values()].map((s) => s.mase)).toEqual([
      2,
      2,
      2,
      expect.closeTo(2.1, 12),
    ]);
  });

  it('keep a clear best alone', () => {
    // Prepare: `a` better than `b` by 1 on every case
    const clear = [run('a', [1, 3, 1, 3]), run('b', [2, 4, 2, 4])];

    // Act
    const { choice } = choose(clear, cases, idx, WIDEN_GRID);

    // Assess
    expect(choice.members).toEqual(['a']);
    expect(choice.point).toBe('a');
  });
});
