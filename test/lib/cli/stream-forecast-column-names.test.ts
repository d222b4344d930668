import { describe, expect, it } from 'vitest';
import { files, inOneWorker } from './stream-forecast-fixture.ts';

const ROWS = 'a,2024-01-01,1\na,2024-01-02,2\n';

describe('streamForecast on columns named as other tools name them', () => {
  it.each([
    [
      'series_id,date,value',
      "field 'ds' is a required column the header lacks, as is y: the " +
        "header has 'date' and 'value', as other tools name them; name " +
        "them 'ds' (the day) and 'y' (the value)",
    ],
    [
      'series_id,ds,Value',
      "field 'y' is a required column the header lacks: the header has " +
        "'Value', as other tools name it; name it 'y' (the value)",
    ],
    [
      'series_id,timestamp,y',
      "field 'ds' is a required column the header lacks: the header has " +
        "'timestamp', as other tools name it; name it 'ds' (the day)",
    ],
    [
      'unique_id,ds,y',
      "field 'series_id' is a required column the header lacks: the header " +
        "has 'unique_id', as other tools name it; name it 'series_id' (the " +
        'series)',
    ],
  ])('names the column to rename in %s', async (header, problem) => {
    // Prepare
    const { input, output } = await files(`${header}\n${ROWS}`);

    // Act
    const act = inOneWorker(input, output);

    // Assess: date and value read "is a required column the header
    // lacks" and no more
    await expect(act).rejects.toThrow(
      `${input}, line 1: ${problem} (got "${header}")`,
    );
  });

  it('names ds and y swapped in the header', async () => {
    // Prepare: the header names the columns the other way round
    const { input, output } = await files(`series_id,y,ds\n${ROWS}`);

    // Act
    const act = inOneWorker(input, output);

    // Assess: it read "not a date YYYY-MM-DD (got "1")" and no more
    await expect(act).rejects.toThrow(
      `${input}, line 2: field 'ds' series 'a': is a number, and y a date ` +
        "(2024-01-01): are ds and y swapped? name the day's column ds and " +
        'the value\'s y in the header (line 1) (got "1")',
    );
  });
});
