import { describe, expect, it } from 'vitest';
import { WIDEN_GRID } from '#lib/forecast/index';
import { choose, scoreChoice } from '../../../bench/accuracy/lofo.ts';
import { aCase } from './a-case.ts';
import { aRun as run } from './a-run.ts';

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

  it('are found with nothing from the held-out family', () => {
    // Prepare: the same four training cases and two held-out ones, which
    // in one world every setting forecasts alike and in the other `c` far
    // best and `b` far worst, on the mean and on the bounds
    const withHeld = [...cases, aCase('lte'), aCase('lte')];
    const world = (a: number, b: number, c: number) => [
      run('a', [1, 3, 1, 3, a, a]),
      run('b', [3, 1, 3, 1.2, b, b]),
      run('c', [5, 5, 5, 5, c, c]),
    ];

    // Act
    const fold = (runs: ReturnType<typeof world>) =>
      choose(runs, withHeld, idx, WIDEN_GRID);
    const even = fold(world(1, 1, 1));

    // Assess
    expect(fold(world(0.5, 50, 0.01))).toEqual(even);
    expect(even.choice.members).toEqual(['a', 'b']);
  });
});
