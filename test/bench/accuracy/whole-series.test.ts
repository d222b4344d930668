import { describe, expect, it } from 'vitest';
import { type Case, wholeSeries } from '../../../bench/accuracy/data.ts';

/** A case of `id` with `train` and test days at their offsets. */
const aCase = (
  id: string,
  train: number[],
  test: [number, number][],
): Case => ({ id, family: 'six', train, start: 0, scale: 1, test });

describe('the series of the shared cases, for cutting young windows', () => {
  it('keep each series once, its longest case, train and test days in one, a missing test day NaN', () => {
    // Prepare: two origins of one series, one of another
    const cases = [
      aCase('six-peak@2010-01-01', [1, 2], [[0, 3]]),
      aCase(
        'six-peak@2011-01-01',
        [1, 2, 3],
        [
          [0, 4],
          [2, 6],
        ],
      ),
      aCase('six-mean@2010-01-01', [7], [[0, 8]]),
    ];

    // Act
    const whole = wholeSeries(cases);

    // Assess
    expect(whole.map((s) => s.c.id)).toEqual([
      'six-peak@2011-01-01',
      'six-mean@2010-01-01',
    ]);
    expect(whole[0]!.y).toEqual([1, 2, 3, 4, Number.NaN, 6]);
    expect(whole[1]!.y).toEqual([7, 8]);
  });
});
