import { link, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamForecast } from '#lib/cli/stream-forecast';
import { InputError } from '#lib/errors';
import {
  files,
  inOneWorker,
  OPTIONS,
  rows,
} from './stream-forecast-fixture.ts';

describe('streamForecast on bad input', () => {
  it('refuses an --output that is the --input file, by its path or another, leaving the input as it was', async () => {
    // Prepare: the same file by its path, and by a hard link
    const text = ['series_id,ds,y', ...rows('a', 30, 0), ''].join('\n');
    const { input } = await files(text);
    const other = join(dirname(input), 'same.csv');
    await link(input, other);

    // Act and assess, one run at a time (each awaited at once)
    for (const output of [input, other]) {
      await expect(inOneWorker(input, output)).rejects.toThrow(
        `${output}: is the --input file (${input}): the forecast ` +
          'would replace the series it reads; name another --output',
      );
    }
    expect(await readFile(input, 'utf8')).toBe(text);
  });

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

  it('names a folder given as --input, instead of failing at its first read', async () => {
    // Prepare
    const { input, output } = await files('');
    const folder = join(dirname(input), 'folder.csv');
    await mkdir(folder);

    // Act
    const act = inOneWorker(folder, output);

    // Assess
    await expect(act).rejects.toThrow(InputError);
    await expect(act).rejects.toThrow(
      `${folder}: is a folder: --input must name a CSV file`,
    );
  });

  it('rejects a series whose rows are split, naming the line that broke them off and the line they come back on', async () => {
    // Prepare
    const text = [
      'series_id,ds,y',
      ...rows('a', 2, 0),
      ...rows('b', 2, 0),
      ...rows('a', 1, 0),
    ].join('\n');
    const { input, output } = await files(
      text.replace(/a,2024-01-01/g, (m, at) => (at > 60 ? 'a,2024-03-01' : m)),
    );

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).rejects.toThrow(InputError);
    await expect(act).rejects.toThrow(
      "line 6: field 'series_id' series 'a': its rows are not contiguous: another series' row on line 4 broke them off, and they come back on line 6 (sort the file by series_id) (got \"a\")",
    );
  });

  it('rejects a series with a gap of more than three years (a year mistyped), naming both rows, before building it', async () => {
    // Prepare: 2042 for 2024 on the third row; and a row in year 9999
    const typo = await files(
      'series_id,ds,y\na,2024-01-01,1\na,2042-01-02,2\na,2024-01-03,3\n',
    );
    const far = await files('series_id,ds,y\nb,0100-01-01,1\nb,9999-01-01,2\n');

    // Act: one after the other, each awaited at once (a second run that
    // failed while the first was still awaited was an unhandled rejection)
    const typoRun = inOneWorker(typo.input, typo.output);

    // Assess
    await expect(typoRun).rejects.toThrow(
      "line 3: field 'ds' series 'a': no row for 6573 days after line 4 (2024-01-03); a year mistyped? A gap of more than 1096 days is refused (got \"2042-01-02\")",
    );
    await expect(inOneWorker(far.input, far.output)).rejects.toThrow(
      /line 3: field 'ds' series 'b': no row for \d+ days after line 2 \(0100-01-01\)/,
    );
  });

  it('forecasts a series with a gap of a year, an outage', async () => {
    // Prepare
    const lines = ['series_id,ds,y'];
    for (let d = 1; d <= 28; d += 1)
      lines.push(`a,2023-01-${String(d).padStart(2, '0')},${d}`);
    for (let d = 1; d <= 28; d += 1)
      lines.push(`a,2024-02-${String(d).padStart(2, '0')},${d}`);
    const { input, output } = await files(`${lines.join('\n')}\n`);

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).resolves.not.toThrow();
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

  it.each([1, 2])(
    'stops on a series too large to forecast, naming its line, field and value (%i worker(s))',
    async (workers) => {
      // Prepare: a series that rises to 1.69e308 (line 62) after an
      // ordinary one; its forecast passes the largest double
      const big = Array.from({ length: 60 }, (_, t) => {
        const ds = new Date(Date.UTC(2024, 0, 1 + t))
          .toISOString()
          .slice(0, 10);
        return `big,${ds},${1e308 * (1 + t / 85)}`;
      });
      const text = ['series_id,ds,y', ...rows('a', 1, 0), ...big].join('\n');
      const { input, output } = await files(text);

      // Act
      const act = streamForecast({
        ...OPTIONS,
        input,
        output,
        workers,
        warn: () => {},
      });

      // Assess
      await expect(act).rejects.toThrow(InputError);
      await expect(act).rejects.toThrow(
        /line 62: field 'y' series 'big': too large to forecast.*\(got 1\.6941176470588235e\+308\)/,
      );
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

  it('stops on a byte that is not UTF-8 inside an id, naming its line and byte, not a split series', async () => {
    // Prepare: a Latin-1 é in the id of line 3, between rows of 'a'
    const { input, output } = await files(
      Buffer.concat([
        Buffer.from('series_id,ds,y\na,2024-01-01,1\na'),
        Buffer.from([0xe9]),
        Buffer.from('b,2024-01-02,2\na,2024-01-03,3\n'),
      ]),
    );

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).rejects.toThrow(InputError);
    await expect(act).rejects.toThrow(
      /line 3: is not UTF-8 text: byte 0xE9 at character 2 of the line \(offset 31 in the file\)/,
    );
  });

  it('says CR-only line ends may be why the header lacks a column, quoting its start only', async () => {
    // Prepare: old Mac line ends, so the whole file is one line
    const { input, output } = await files(
      `series_id,ds,y\r${'a,2024-01-01,1\r'.repeat(100)}`,
    );

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).rejects.toThrow(
      /line 1: field 'y' missing column\(s\) y: its line ends are CR only \(old Mac\); save it with LF or CRLF ends \(got "series_id,ds,y\\ra,2024-01-01,1\\r[^"]{100,250}…"\)$/,
    );
  });
});
