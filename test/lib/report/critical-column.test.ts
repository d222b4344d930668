import { describe, expect, it } from 'vitest';
import { criticalColumn, criticalLegend } from '#lib/report/critical-column';
import { ACME_FRA2 } from '../../fixtures/report/report-groups.ts';
import { htmlText } from '../../helpers/html-text.ts';

/** A cell's lines as read: the date first, each line beneath after it. */
const lines = (html: string) =>
  html.split(/<span class="sub[^"]*">/).map((part) => htmlText(part));

/** Acme FRA2 with no crossing of critical or warning within the horizon. */
const NEITHER = {
  ...ACME_FRA2,
  criticalDateUpper: undefined,
  criticalDate: undefined,
  warningDateUpper: undefined,
  warningDate: undefined,
  orderByDate: undefined,
};

describe('criticalColumn', () => {
  it('labels the line beneath alike whether one date, both or neither is within the horizon', () => {
    // Prepare: Acme FRA2 reaches critical on the upper bound on
    // 2027-10-01 and never on the mean; a variant on both, one on neither
    const cell = criticalColumn('2026-11-26', 80).cell;
    const both = { ...ACME_FRA2, criticalDate: '2027-11-15' };

    // Act
    const cells = [both, ACME_FRA2, NEITHER].map((e) => lines(cell(e)));

    // Assess: before, the last read '—' over 'not within the horizon',
    // which said of neither which date it was
    expect(cells).toEqual([
      ['2027-10-01', 'mean: 2027-11-15'],
      ['2027-10-01', 'mean: not within the horizon'],
      ['—', 'upper and mean: not within the horizon'],
    ]);
  });

  it("says in its legend what '—' stands for", () => {
    // Act
    const legend = criticalLegend(80);

    // Assess
    expect(legend).toBe(
      'Critical (upper): the first day the upper bound of the 80% ' +
        'forecast interval reaches critical, the date to plan on and the ' +
        "one the order-by date counts back from; the mean forecast's date " +
        'beneath; — where neither reaches critical within the horizon.',
    );
  });
});
