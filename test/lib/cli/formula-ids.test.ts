import { describe, expect, it } from 'vitest';
import { FormulaIds } from '#lib/cli/formula-ids';

describe('FormulaIds', () => {
  it('names the one id a spreadsheet would run, not as the first of several', () => {
    // Prepare
    const ids = new FormulaIds();
    for (const id of ['a1', '+44 20 7946 0000', 'b2']) ids.see(id);

    // Act
    const warning = ids.warning('in.csv', false);

    // Assess: it read "('+44 20 7946 0000' first)" of a single id
    expect(warning).toBe(
      'in.csv: 1 series id starts with =, +, -, @, a tab or a carriage ' +
        "return ('+44 20 7946 0000'), which a spreadsheet opening the " +
        'output runs as a formula: written as read; give ' +
        "--spreadsheet-safe to write them with a leading '",
    );
  });

  it('says nothing when no id is one', () => {
    // Prepare
    const ids = new FormulaIds();
    ids.see('lhr1-pni-1');

    // Act / Assess
    expect(ids.warning('in.csv', true)).toBeUndefined();
  });
});
