import { describe, expect, it } from 'vitest';
import { formatBacktest, formatCounts } from '#lib/cli/format-backtest';
import { fixtureBacktest } from '../../helpers/backtest-result.ts';

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

describe('formatBacktest', () => {
  const result = (groupsWithoutData: string[]) =>
    fixtureBacktest([], groupsWithoutData);

  it('counts the groups without rolled-up rows in the singular and the plural', () => {
    // Act
    const [one, two] = [['A/LHR1/pni'], ['A/LHR1/pni', 'B/FRA1/ix']].map(
      (groups) => formatBacktest(result(groups), 'bt.json'),
    );

    // Assess
    expect(one).toContain(
      "1 inventory group has no rolled-up rows (run 'headroom run' after " +
        'regrouping): A/LHR1/pni\n',
    );
    expect(two).toContain(
      "2 inventory groups have no rolled-up rows (run 'headroom run' after " +
        'regrouping): A/LHR1/pni, B/FRA1/ix\n',
    );
  });
});
