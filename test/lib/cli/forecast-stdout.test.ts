import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { files, TEXT } from './stream-forecast-fixture.ts';

const run = promisify(execFile);

describe('headroom forecast --output /dev/stdout', () => {
  it('writes after what the shell put in the file before, not over it', async () => {
    // Prepare: stdout is a file the shell has already written a line to
    const { input } = await files(TEXT);
    const saved = join(dirname(input), 'saved.csv');
    const command =
      `(echo kept; node bin/headroom.js forecast --input '${input}' ` +
      `--horizon 3 --output /dev/stdout) > '${saved}'`;

    // Act
    await run('sh', ['-c', command]);

    // Assess: the line, then the forecast; no NUL bytes where it was
    const text = await readFile(saved, 'utf8');
    expect(text.startsWith('kept\nseries_id,ds,mean,')).toBe(true);
    expect(text).not.toContain('\0');
    expect(text.trimEnd().split('\n')).toHaveLength(2 + 31 * 3);
  }, 30_000);
});
