import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writeSample } from '#lib/wiring/local-sample';
import { silentLog } from '../../helpers/recording-log.ts';

const run = promisify(execFile);

describe("npm start's closing line", () => {
  it('times the whole process, module loading included, as its CPU-s does', async () => {
    // Prepare: a small sample, and a module loaded before start.ts that
    // holds the process 3 s, as slow loading of the modules would
    const dir = await mkdtemp(join(tmpdir(), 'start-done-'));
    const data = join(dir, 'data');
    const slow = join(dir, 'slow-load.mjs');
    try {
      await writeSample(
        { out: data, links: 4, days: 40, end: '2026-05-31' },
        silentLog,
      );
      await writeFile(
        slow,
        'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3000);\n',
      );

      // Act
      const began = performance.now();
      const { stdout } = await run(process.execPath, [
        '--import',
        slow,
        '--import',
        'tsx',
        'lib/cli/start.ts',
        '--data',
        data,
        '--out',
        join(dir, 'out'),
      ]);
      const wall = (performance.now() - began) / 1000;

      // Assess: the line's wall time is the process's, within its own
      // start-up before node's time origin (it left the 3 s out), and
      // rounded to a tenth; it says it is the whole command's, apart from
      // the stages' times the summary's first line gives
      const done =
        /Done in ([\d.]+) s for the whole of npm start, ([\d.]+) CPU-s/.exec(
          stdout,
        );
      expect(done, stdout).not.toBeNull();
      const seconds = Number(done?.[1]);
      expect(seconds).toBeGreaterThanOrEqual(wall - 1);
      expect(seconds).toBeLessThanOrEqual(wall + 0.1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
