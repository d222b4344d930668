import { describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES } from '#lib/cli/line-chunks';
import { InputError } from '#lib/errors';
import { chunksOf, fileOf } from '../../helpers/line-chunks-of.ts';

describe('lineChunks', () => {
  it('stops on a byte that is not UTF-8 in a later chunk, naming its line', async () => {
    // Prepare: 30,000 lines (about 300 kB, several chunks), then a
    // Latin-1 é inside an id on line 30,002.
    const head = 'series_id,ds,y\n'.concat('a,2024-01-01,1\n'.repeat(30_000));
    const file = await fileOf(
      Buffer.concat([
        Buffer.from(`${head}caf`),
        Buffer.from([0xe9]),
        Buffer.from(',2024-01-01,1\n'),
      ]),
    );

    // Act
    const act = chunksOf(file);

    // Assess
    await expect(act).rejects.toThrow(InputError);
    await expect(act).rejects.toThrow(
      `${file}, line 30002: is not UTF-8 text: byte 0xE9 at character 4 ` +
        `of the line (offset ${head.length + 3} in the file); save it as ` +
        'UTF-8 (got "caf\uFFFD,2024-01-01,1")',
    );
  });

  it('reads a line of the longest length and stops on a longer one, naming its line', async () => {
    // Prepare: line 2 of exactly MAX_LINE_BYTES bytes, line 4 one more
    const line = (n: number) => `${'x'.repeat(n - 2)},1`;
    const longest = await fileOf(`id,y\n${line(MAX_LINE_BYTES)}\nb,2\n`);
    const over = await fileOf(
      `id,y\na,1\nb,2\n${line(MAX_LINE_BYTES + 1)}\nc,3\n`,
    );

    // Act
    const texts = await chunksOf(longest);
    const act = chunksOf(over);

    // Assess
    expect(texts.join('')).toBe(`id,y\n${line(MAX_LINE_BYTES)}\nb,2\n`);
    await expect(act).rejects.toThrow(
      new RegExp(
        `^${over}, line 4: has a line longer than 1 MiB \\(1048576 bytes\\) \\(got "x{80}…"\\)$`,
      ),
    );
  });

  it('says a file of more than 1 MiB with no line feed may have CR-only line ends', async () => {
    // Prepare: old Mac line ends
    const file = await fileOf(
      `series_id,ds,y\r${'a,2024-01-01,1\r'.repeat(80_000)}`,
    );

    // Act
    const act = chunksOf(file);

    // Assess
    await expect(act).rejects.toThrow(
      /, line 1: has a line longer than 1 MiB \(1048576 bytes\): its line ends are CR only \(old Mac\); save it with LF or CRLF ends \(got "series_id,ds,y\\ra,2024-01-01,1\\r.{40,60}…"\)$/,
    );
  });

  it.each([
    [
      'little-endian with a byte order mark',
      '\uFEFFseries_id,ds,y\n',
      'utf16le',
    ],
    ['little-endian without one', 'series_id,ds,y\n', 'utf16le'],
    ['big-endian with a byte order mark', '\uFEFFseries_id,ds,y\n', 'utf16be'],
  ] as const)(
    'names a UTF-16 file (%s) as such, with the way to save it',
    async (_kind, text, encoding) => {
      // Prepare: what a spreadsheet's "Unicode Text" writes
      const le = Buffer.from(text, 'utf16le');
      const bytes = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
      const file = await fileOf(bytes);

      // Act
      const act = chunksOf(file);

      // Assess
      await expect(act).rejects.toThrow(InputError);
      await expect(act).rejects.toThrow(
        `${file}, line 1: is UTF-16 text (a spreadsheet's "Unicode Text"), ` +
          'not UTF-8: save it as "CSV UTF-8"',
      );
    },
  );
});
