import { describe, expect, it } from 'vitest';
import { formatCounts } from '#lib/cli/format-backtest';

describe('formatCounts', () => {
  it('says one of each in the singular', () => {
    // Prepare
    const one = {
      cases: 4,
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 2,
      open: 0,
      skipped: 0,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      dateErrorMean: { medianAbsDays: 1, medianSignedDays: 1, count: 1 },
      dateErrorUpper: { medianAbsDays: 1, medianSignedDays: -1, count: 1 },
    };

    // Act
    const line = formatCounts(one);

    // Assess
    expect(line).toBe(
      'Scored 5 group-dates: 1 true positive, 1 false positive, 1 false negative, ' +
        '2 true negatives (not scored: 0 open, window past the data; 0 skipped, no recent data)',
    );
  });
});
