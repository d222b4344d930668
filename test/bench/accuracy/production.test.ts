import { describe, expect, it } from 'vitest';
import { WIDEN_GRID } from '#lib/forecast/index';
import { choose } from '../../../bench/accuracy/lofo.ts';
import { blendWarning } from '../../../bench/accuracy/production.ts';
import { aCase } from './a-case.ts';
import { aRun } from './a-run.ts';

describe('bench:accuracy beside what the engine ships', () => {
  const cases = [aCase('six'), aCase('six'), aCase('wiki'), aCase('wiki')];
  const all = [0, 1, 2, 3];

  it('warns when a fold on all five families would average settings', () => {
    // Prepare: `a` best by a hair, `b` a near tie
    const runs = [aRun('a', [1, 3, 1, 3]), aRun('b', [3, 1, 3, 1.2])];

    // Act
    const { choice } = choose(runs, cases, all, WIDEN_GRID);

    // Assess
    expect(blendWarning(choice, 'a')).toBe(
      'WARNING: on all five families a fold would average a, b, but the ' +
        'engine ships a alone: the LOFO figures measure that average, not ' +
        'what ships (docs/architecture.md "The forecast engine").',
    );
  });

  it('says nothing when the set is one setting', () => {
    // Prepare: `a` better than `b` by 1 on every case
    const runs = [aRun('a', [1, 3, 1, 3]), aRun('b', [2, 4, 2, 4])];

    // Act
    const { choice } = choose(runs, cases, all, WIDEN_GRID);

    // Assess
    expect(blendWarning(choice, 'a')).toBeUndefined();
  });
});
