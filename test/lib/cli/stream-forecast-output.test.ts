import { lstat, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '#lib/errors';
import { files, inOneWorker, TEXT } from './stream-forecast-fixture.ts';

describe('streamForecast output', () => {
  it.each([
    ['in a folder that does not exist', 'no-such-folder', 'does not exist'],
    ['under a file', 'in.csv', 'is not a folder (a file is on its path)'],
  ])(
    'names the output and its folder when it is %s, not the hidden file it writes first',
    async (_, folder, problem) => {
      // Prepare
      const { input } = await files(TEXT);
      const output = join(dirname(input), folder, 'out.csv');

      // Act
      const act = inOneWorker(input, output);

      // Assess: it named '.headroom-1046832d.tmp', a file nobody asked for
      await expect(act).rejects.toThrow(InputError);
      await expect(act).rejects.toThrow(
        `${output}: cannot write: its folder ${dirname(output)} ${problem}`,
      );
    },
  );

  it('says an output that is a folder is one, before any forecast', async () => {
    // Prepare
    const { input } = await files(TEXT);
    const output = dirname(input);

    // Act
    const act = inOneWorker(input, output);

    // Assess: it was the file system's "EISDIR: illegal operation on a
    // directory"
    await expect(act).rejects.toThrow(
      `${output}: cannot write: it is a folder: name a file`,
    );
  });

  it('writes nothing when it stops on bad input halfway, and keeps the previous output as it was', async () => {
    // Prepare: 30 good series, then a bad value
    const { input, output } = await files(
      `${TEXT}s99,2024-01-01,1\ns99,2024-01-02,x\n`,
    );
    await writeFile(output, 'the previous forecast\n');

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).rejects.toThrow(/field 'y'/);
    expect(await readFile(output, 'utf8')).toBe('the previous forecast\n');
    expect(await readdir(dirname(output))).toEqual(['in.csv', 'out.csv']);
  });

  it('writes through a symbolic link (as /dev/stdout is one), leaving the link in place', async () => {
    // Prepare
    const { input, output } = await files(TEXT);
    const link = join(dirname(output), 'link.csv');
    await symlink(output, link);

    // Act
    await inOneWorker(input, link);

    // Assess
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(output, 'utf8')).toMatch(/^series_id,ds,mean,/);
  });

  it('writes an output of a name too long for a hidden file beside it in place', async () => {
    // Prepare: 250 characters, the most most file systems allow
    const { input, output } = await files(TEXT);
    const long = join(dirname(output), `${'f'.repeat(246)}.csv`);

    // Act
    await inOneWorker(input, long);

    // Assess
    expect(await readFile(long, 'utf8')).toMatch(/^series_id,ds,mean,/);
  });
});
