import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    const folders = ['out/runs', 'lake/runs', 'out/.headroom-tmp'];
    for (const folder of [
      ...folders,
      'out/outbox/.headroom-tmp',
      'lake/.headroom-tmp',
    ]) {
      const left = await readdir(join(dir, folder)).catch(() => []);
      expect(left, folder).toEqual([]);
    }
  });
});
