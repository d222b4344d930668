import { describe, expect, it } from 'vitest';
import { files, inOneWorker } from './stream-forecast-fixture.ts';

describe('streamForecast on bad input', () => {
  it('refuses a row without a series_id, instead of forecasting a series named by nothing', async () => {
    // Prepare
    const { input, output } = await files(
      'series_id,ds,y\na,2024-01-01,1\n,2024-01-02,2\n,2024-01-03,3\n',
    );

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).rejects.toThrow(
      `${input}, line 3: field 'series_id' must not be empty (got "")`,
    );
  });

  it('names a row that repeats the header, two files joined', async () => {
    // Prepare: `cat a.csv b.csv`
    const { input, output } = await files(
      'series_id,ds,y\na,2024-01-01,1\nseries_id,ds,y\nb,2024-01-01,2\n',
    );

    // Act
    const act = inOneWorker(input, output);

    // Assess: it read as series 'series_id' with a date "ds"
    await expect(act).rejects.toThrow(
      `${input}, line 3: repeats the header (two files joined?): remove this line (got "series_id,ds,y")`,
    );
  });

  it('names the line and field of a bad value', async () => {
    // Prepare
    const { input, output } = await files(
      'series_id,ds,y\na,2024-01-01,1\na,2024-01-02,x\n',
    );

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).rejects.toThrow(/line 3: field 'y'.*"x"/);
  });

  it.each([
    [
      'a quote never closed',
      'a,2024-01-02,"2',
      /line 3: field 'y' is not valid CSV: this quote is never closed on its line.*\(got "\\"2"\)$/,
    ],
    [
      'a quote inside a field',
      'a,2024-01-02,2"x"',
      /line 3: field 'y' is not valid CSV: a quote inside a field that does not start with one/,
    ],
    [
      'a row with more fields than the header (a decimal comma)',
      'a,2024-01-02,1,5',
      /line 3: has 4 fields where the header has 3 \(a decimal comma/,
    ],
    [
      'a row with fewer fields than the header',
      'a,2024-01-02',
      /line 3: has 2 fields where the header has 3 \(got "a,2024-01-02"\)$/,
    ],
  ])(
    'names the line, field and text of %s, not csv-parse\'s "line 1"',
    async (_, row, message) => {
      // Prepare
      const { input, output } = await files(
        `series_id,ds,y\na,2024-01-01,1\n${row}\na,2024-01-03,3\n`,
      );

      // Act
      const act = inOneWorker(input, output);

      // Assess
      await expect(act).rejects.toThrow(message);
      await expect(act).rejects.not.toThrow(/at line 1/);
    },
  );

  it('rejects a header that names y twice, which column is meant being unknown', async () => {
    // Prepare
    const { input, output } = await files(
      'series_id,ds,y,y\na,2024-01-01,1,9\n',
    );

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).rejects.toThrow(
      /line 1: field 'y' the header names this column twice \(got "series_id,ds,y,y"\)$/,
    );
  });
});
