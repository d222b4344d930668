import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm start -- --help', () => {
  it('prints the usage and generates nothing', async () => {
    // Prepare: the folders it would fill, empty
    const dir = await mkdtemp(join(tmpdir(), 'start-help-'));
    const data = join(dir, 'data');
    const out = join(dir, 'out');
    try {
      // Act
      const { stdout } = await run(process.execPath, [
        '--import',
        'tsx',
        'lib/cli/start.ts',
        '--data',
        data,
        '--out',
        out,
        '--help',
      ]);

      // Assess
      expect(stdout).toContain(
        'Usage: npm start [-- [--data DIR] [--out DIR]]',
      );
      expect(stdout).toContain('--data DIR  the sample');
      // `headroom` is not on PATH after `npm ci`: the hint must run as typed
      expect(stdout).toContain(
        'On your own lake and inventory: npx headroom run --help.',
      );
      expect([existsSync(data), existsSync(out)]).toEqual([false, false]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
