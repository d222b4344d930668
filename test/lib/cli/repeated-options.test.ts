import { describe, expect, it } from 'vitest';
import { runHeadroom } from '../../helpers/run-headroom.ts';

// Commander took the last of two values without a word: a command pasted
// with a second --as-of ran on a date its user may not have meant.
describe('an option given twice', () => {
  it.each([
    ['run --lake A --lake B', "--lake given twice ('A' and 'B')"],
    [
      'run --as-of 2026-11-01 --out /nonexistent/o --as-of=2026-12-01',
      "--as-of given twice ('2026-11-01' and '2026-12-01')",
    ],
    [
      // The second value is refused as a repeat, not parsed as a date
      'run --as-of 2026-11-01 --as-of 2026-13-01',
      "--as-of given twice ('2026-11-01' and '2026-13-01')",
    ],
    [
      'forecast --input a.csv --horizon 7 --output o.csv --horizon 14',
      "--horizon given twice ('7' and '14')",
    ],
    [
      'forecast --input a.csv --input b.csv --horizon 7 --output o.csv',
      "--input given twice ('a.csv' and 'b.csv')",
    ],
    [
      // A list is one value (80,95), not one level an option
      'forecast --levels 80 --levels 95 --input a --horizon 7 --output o',
      "--levels given twice ('80' and '95')",
    ],
    [
      'backtest --lake l --inventory i --to 2026-06-01 --to 2026-07-01',
      "--to given twice ('2026-06-01' and '2026-07-01')",
    ],
    [
      // The second out of range, so that a regression writes no sample
      'sample --days 30 --out /nonexistent/s --days 0',
      "--days given twice ('30' and '0')",
    ],
  ])(
    '%s is a usage error naming the option and both values',
    async (line, message) => {
      // Act
      const { code, output } = await runHeadroom(...line.split(' '));

      // Assess
      expect(code).toBe(2);
      expect(output).toBe(`headroom: ${message}: give it once\n`);
    },
  );

  it('is taken when it is a flag without a value, which says the same twice', async () => {
    // Act: the run goes on past its options to the lake, which is missing
    const { code, output } = await runHeadroom(
      'run',
      '--quiet',
      '--lake',
      '/nonexistent/lake',
      '--quiet',
    );

    // Assess
    expect(code).toBe(1);
    expect(output).toContain(
      '/nonexistent/lake: does not exist: --lake must name a folder holding traffic/',
    );
  });
});
