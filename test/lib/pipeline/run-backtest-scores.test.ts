import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import {
  DAYS,
  FLAT,
  GROWING,
  START,
  useBacktest,
} from './run-backtest-fixture.ts';

const backtest = useBacktest();

describe('runBacktest scores', () => {
  it('scores precision, recall and F1 of 1 with the dates it replayed', () => {
    // Prepare
    const result = backtest();
    const { totals } = result;

    // Act
    const summary = {
      dates: result.asOfDates,
      data: [result.dataFirstDay, result.dataLastDay],
      counts: [totals.truePositives, totals.falsePositives],
      negatives: [totals.falseNegatives, totals.trueNegatives],
      ratios: [totals.precision, totals.recall, totals.f1],
    };

    // Assess
    expect(summary).toEqual({
      dates: ['2025-07-20', '2025-12-07'],
      data: [START, addDays(START, DAYS - 1)],
      counts: [1, 0],
      negatives: [0, 3],
      ratios: [1, 1, 1],
    });
    expect(result.byDate.map((d) => d.cases)).toEqual([2, 2]);
    expect(result.byGroup.map((g) => g.group)).toEqual([FLAT, GROWING]);
  });
});
