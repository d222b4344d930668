import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isScratchName } from '#lib/adapters/local/scratch';
import { runQuiet } from '../../helpers/run-headroom.ts';
import { args, copySample, useFaultSample } from './run-lake-faults-fixture.ts';

useFaultSample();

describe('headroom run after killed runs', () => {
  it('clears what killed runs left behind, and leaves nothing of its own', async () => {
    // Prepare: a week-old unfinished run and day-old scratch files
    const dir = await copySample('leftovers');
    const old = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    const leftovers = [
      'out/runs/2026-05-01T060000/plan.json',
      'lake/runs/2026-05-01T060000/series/shard=s0001/data_0.parquet',
      'out/.headroom-tmp/1b9d6bcd',
      'out/outbox/.headroom-tmp/6ec0bd7f',
      'lake/.headroom-tmp/11f6ad8e',
      'out/.headroom-tmp-2c41d6aa/w',
      'lake/.headroom-tmp-7f3e90b1/dt=2026-01-01/data_0.parquet',
    ];
    for (const path of leftovers) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), 'left by a kill');
      await utimes(join(dir, path), old, old);
    }

    // Act
    const { code } = await runQuiet(...args(dir));

    // Assess
    expect(code).toBeUndefined();
    for (const folder of ['out/runs', 'lake/runs']) {
      const left = await readdir(join(dir, folder)).catch(() => []);
      expect(left, folder).toEqual([]);
    }
    // No scratch at any root: the kills' (in the shared folder of earlier
    // versions, or a write's own) nor the run's own
    for (const root of ['out', 'out/outbox', 'lake']) {
      const names = await readdir(join(dir, root));
      expect(names.filter(isScratchName), root).toEqual([]);
    }
  });
});
