import { describe, expect, it } from 'vitest';
import { InputError } from '#lib/errors';
import { files, inOneWorker } from './stream-forecast-fixture.ts';

describe('streamForecast on numbers not in decimal notation', () => {
  it.each([
    ['0x10', 'not a number in decimal notation'],
    ['0b1', 'not a number in decimal notation'],
    ['0o7', 'not a number in decimal notation'],
    ['Infinity', 'not a number in decimal notation'],
    ['1e400', 'out of range: beyond the largest number a double holds'],
    ['-1e400', 'out of range: beyond the largest number a double holds'],
    ['1e-400', 'out of range: too close to 0 for a double'],
  ])(
    "rejects y %j on a series' first row and on a later one",
    async (y, problem) => {
      // Prepare: the first row of a series and the rows after it are read
      // by different code (the general parser, the fast path)
      const texts = [
        `series_id,ds,y\na,2024-01-01,${y}\na,2024-01-02,1\n`,
        `series_id,ds,y\na,2024-01-01,1\na,2024-01-02,${y}\n`,
      ];
      const lines = [2, 3];

      for (const [k, text] of texts.entries()) {
        const { input, output } = await files(text);

        // Act
        const act = inOneWorker(input, output);

        // Assess
        await expect(act).rejects.toThrow(InputError);
        await expect(act).rejects.toThrow(
          `line ${lines[k]}: field 'y' series 'a': ${problem}`,
        );
      }
    },
  );

  it('reads decimal notation, spaces around a value trimmed', async () => {
    // Prepare
    const { input, output } = await files(
      'series_id,ds,y\na,2024-01-01,1.5e1\na,2024-01-02, 16\na,2024-01-03,+.17e2\na,2024-01-04,-0\n',
    );

    // Act
    const count = await inOneWorker(input, output);

    // Assess
    expect(count).toBe(1);
  });
});

describe('streamForecast on dates out of range', () => {
  it('rejects a series whose forecast would run past 9999-12-31, naming its last day', async () => {
    // Prepare: the forecast's dates were written +010000-01
    const rows = Array.from(
      { length: 30 },
      (_, k) => `a,9999-12-${String(k + 1).padStart(2, '0')},${k}`,
    );
    const { input, output } = await files(
      `series_id,ds,y\n${rows.join('\n')}\n`,
    );

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).rejects.toThrow(
      "line 31: field 'ds' series 'a': out of range: a forecast of 20 days after this last day would run past 9999-12-31 (got \"9999-12-30\")",
    );
  });

  it('says a year before 100 is out of range, not "not a date"', async () => {
    // Prepare
    const { input, output } = await files('series_id,ds,y\na,0000-01-01,1\n');

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).rejects.toThrow(
      "line 2: field 'ds' series 'a': out of range: dates run from 0100-01-01 to 9999-12-31 (got \"0000-01-01\")",
    );
  });
});
