import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import type { RunPlan } from '#lib/pipeline/plan-run';
import { poolShards } from '#lib/wiring/shard-pool';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/rollup-fixture.ts';

let root: string;
beforeAll(async () => {
  root = await makeTempDir('shard-pool');
});
afterAll(() => removeDir(root));

describe('poolShards', () => {
  it('names the shard and its size when its worker thread fails', async () => {
    // Prepare: a run whose shard files were never written
    const runShards = poolShards({
      lake: join(root, 'lake'),
      inventory: join(root, 'inventory'),
      out: join(root, 'out'),
      config: DEFAULT_CONFIG,
      workers: 1,
      log: silentLog,
    });
    const plan = { runId: '2026-11-26T000000' } as RunPlan;

    // Act
    const run = runShards(plan, [{ shard: 's0003', series: 42 }]);

    // Assess
    await expect(run).rejects.toMatchObject({
      name: 'ShardError',
      message: expect.stringMatching(
        /^shard s0003 of 42 series failed in its worker thread: /,
      ),
    });
  }, 60_000);
});
