import { describe, expect, it } from 'vitest';
import { RISE_GRID, WIDEN_GRID } from '#lib/forecast/index';
import type { Scored } from '../../../bench/accuracy/data.ts';
import { choose, type SettingRun } from '../../../bench/accuracy/lofo.ts';
import { mostChosen } from '../../../bench/accuracy/production.ts';
import { aCase } from './a-case.ts';

/**
 * A forecast of 100 days: the mean 10, the actuals spread evenly from
 * `9 + shift` to `11 + shift`, bounds 0.8 (80 %) and 0.96 (95 %) from
 * the mean once widened by 1 (the runs are kept at the narrowest
 * widening).
 */
function scored(shift: number): Scored {
  const days = Array.from({ length: 100 }, (_, i) => 10 - 0.99 + 0.02 * i);
  const at = (b: number) => new Float64Array(100).fill(10 + b * WIDEN_GRID[0]!);
  return {
    y: Float64Array.from(days, (y) => y + shift),
    mean: new Float64Array(100).fill(10),
    lo80: at(-0.8),
    hi80: at(0.8),
    lo95: at(-0.96),
    hi95: at(0.96),
    scale: 1,
  };
}

const run = (scaleBy: string, shift: number): SettingRun => ({
  point: 'five+trends/shrink0.25',
  scaleBy,
  base: WIDEN_GRID[0]!,
  cut: [scored(shift), scored(shift)],
});

describe('the rise threshold in bench:accuracy', () => {
  const cases = [aCase('six'), aCase('wiki')];

  it("is chosen with the interval part: the runs' bounds closest to nominal", () => {
    // Prepare: with the rise left in, every actual is above the mean: no
    // widening puts 10 % of the days below the lower bound
    const runs = [run('level/rise-off', 1), run('level/rise0.075', 0)];

    // Act
    const { choice, scaleRanking } = choose(runs, cases, [0, 1], WIDEN_GRID);

    // Assess
    expect(choice.scaleBy).toBe('level/rise0.075');
    expect(scaleRanking).toEqual(['level/rise0.075', 'level/rise-off']);
    expect([choice.w80, choice.u80, choice.w95, choice.u95]).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it('keeps the earlier, more cautious threshold when the cases cannot tell', () => {
    // Prepare: two thresholds that found the same rises
    const runs = [run('level/rise0.1', 0), run('level/rise0.075', 0)];

    // Act
    const { choice } = choose(runs, cases, [0, 1], WIDEN_GRID);

    // Assess
    expect(choice.scaleBy).toBe('level/rise0.1');
  });

  it("ships the folds' most chosen threshold, the earlier on a tie", () => {
    // Act
    const most = mostChosen([false, 0.075, 0.075, 0.075, 0.075], RISE_GRID);
    const tie = mostChosen([0.05, 0.05, 0.1, 0.1, false], RISE_GRID);

    // Assess
    expect(most).toBe(0.075);
    expect(tie).toBe(0.1);
  });
});
