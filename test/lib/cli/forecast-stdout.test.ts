import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { files, TEXT } from './stream-forecast-fixture.ts';

const run = promisify(execFile);

describe('headroom forecast --output /dev/stdout', () => {
  it.each([
    ['/dev/stdout', ''],
    ['/dev/fd/3', '3>&1'],
  ])(
    'writes %s in its place among the shell’s lines, over none of them',
    async (output, redirect) => {
      // Prepare: stdout is a file the shell writes a line to before and after
      const { input } = await files(TEXT);
      const saved = join(dirname(input), 'saved.csv');
      const command =
        `(echo kept; node bin/headroom.js forecast --input '${input}' ` +
        `--horizon 3 --output ${output} ${redirect}; echo after) > '${saved}'`;

      // Act
      await run('sh', ['-c', command]);

      // Assess: the line, the forecast, the line; no NUL bytes
      const text = await readFile(saved, 'utf8');
      expect(text.startsWith('kept\nseries_id,ds,mean,')).toBe(true);
      expect(text.endsWith('\nafter\n')).toBe(true);
      expect(text).not.toContain('\0');
      expect(text.trimEnd().split('\n')).toHaveLength(3 + 31 * 3);
    },
    30_000,
  );
});
