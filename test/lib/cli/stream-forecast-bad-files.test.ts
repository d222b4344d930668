import { link, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '#lib/errors';
import { files, inOneWorker, rows } from './stream-forecast-fixture.ts';

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
      /line 1: field 'y' is a required column the header lacks: its line ends are CR only \(old Mac\); save it with LF or CRLF ends \(got "series_id,ds,y\\ra,2024-01-01,1\\r[^"]{100,250}…"\)$/,
    );
  });
});
