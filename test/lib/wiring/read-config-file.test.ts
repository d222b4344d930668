import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, InputError } from '#lib/errors';
import { readConfigFile, readScenarioFile } from '#lib/wiring/read-config-file';

describe.each([
  [
    'readConfigFile',
    readConfigFile,
    ConfigError,
    '{"owners": {"default"',
    '--config',
  ],
  [
    'readScenarioFile',
    readScenarioFile,
    InputError,
    '{"name": "x", "events"',
    '--scenario',
  ],
] as const)('%s', (_, read, Failure, head, option) => {
  it('stops on a byte that is not UTF-8, naming the file, its line and byte', async () => {
    // Prepare: a Latin-1 é on line 2
    const file = join(
      await mkdtemp(join(tmpdir(), 'headroom-read-')),
      'a.json',
    );
    await writeFile(
      file,
      Buffer.concat([
        Buffer.from(`${head}:\n "caf`),
        Buffer.from([0xe9]),
        Buffer.from('"}'),
      ]),
    );

    // Act
    const act = read(file);

    // Assess
    await expect(act).rejects.toThrow(Failure);
    await expect(act).rejects.toThrow(
      `${file}, line 2: is not UTF-8 text: byte 0xE9 at character 6 of the ` +
        `line (offset ${head.length + 7} in the file); save it as UTF-8 ` +
        '(got " \\"caf\uFFFD\\"}")',
    );
  });

  it('says a file saved as UTF-16 is UTF-16 and to save it as UTF-8, not as CSV', async () => {
    // Prepare: Notepad's "Unicode", with its byte order mark
    const file = join(
      await mkdtemp(join(tmpdir(), 'headroom-read-')),
      'a.json',
    );
    await writeFile(file, Buffer.from(`\uFEFF${head}: "x"}}`, 'utf16le'));

    // Act
    const act = read(file);

    // Assess
    await expect(act).rejects.toThrow(Failure);
    await expect(act).rejects.toThrow(
      `${file}, line 1: is UTF-16 text, not UTF-8: save it as UTF-8`,
    );
    await expect(act).rejects.not.toThrow(/CSV|spreadsheet/);
  });

  it.each([
    ['a folder', 'is a folder'],
    ['a path that does not exist', 'does not exist'],
  ])('says so of %s, naming the option', async (kind, what) => {
    // Prepare
    const path = join(await mkdtemp(join(tmpdir(), 'headroom-read-')), 'x');
    if (kind === 'a folder') await mkdir(path);

    // Act
    const act = read(path);

    // Assess: a folder was Node's "cannot be read: EISDIR: illegal
    // operation on a directory, read"; a missing file "cannot be read:
    // ENOENT: no such file or directory, open '…'"
    await expect(act).rejects.toThrow(Failure);
    await expect(act).rejects.toThrow(
      `${path}: ${what}: ${option} must name a JSON file`,
    );
  });
});
