import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { files, inOneWorker } from './stream-forecast-fixture.ts';

describe('streamForecast on a y written as a missing value', () => {
  it.each(['NULL', 'None', 'N/A', 'NAN', '#N/A'])(
    'says how a missing value is written, given %s',
    async (y) => {
      // Prepare
      const { input, output } = await files(
        `series_id,ds,y\na,2024-01-01,1\na,2024-01-02,${y}\na,2024-01-03,3\n`,
      );

      // Act
      const act = inOneWorker(input, output);

      // Assess: it read "not a number" and no more
      await expect(act).rejects.toThrow(
        `${input}, line 3: field 'y' series 'a': not a number: write a ` +
          'missing value as an empty field, NA, NaN, nan or null (these ' +
          `exactly) (got "${y}")`,
      );
    },
  );

  it('reads every spelling the message names as a missing value', async () => {
    // Prepare: the empty field, NA, NaN, nan and null
    const { input, output } = await files(
      [
        'series_id,ds,y',
        'a,2024-01-01,1',
        ...['', 'NA', 'NaN', 'nan', 'null'].map(
          (y, k) => `a,2024-01-0${k + 2},${y}`,
        ),
        'a,2024-01-07,7',
        '',
      ].join('\n'),
    );

    // Act
    await inOneWorker(input, output);

    // Assess: forecast from its two values, after the last
    const csv = await readFile(output, 'utf8');
    expect(csv.split('\n')[1]).toMatch(/^a,2024-01-08,/);
  });
});
