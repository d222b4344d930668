import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import type { RunPlan } from '#lib/pipeline/plan-run';
import type { ShardRunner } from '#lib/pipeline/run-shards';
import { poolForMany, poolShards } from '#lib/wiring/shard-pool';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/recording-log.ts';

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

describe('poolForMany', () => {
  it('runs a lone shard in this thread and two or more on the pool', async () => {
    // Prepare: runners that say who ran which shards
    const ran: string[] = [];
    const runner =
      (who: string): ShardRunner =>
      async (_plan, shards) => {
        ran.push(`${who}:${shards.map((s) => s.shard).join('+')}`);
        return [];
      };
    const run = poolForMany(runner('pool'), runner('thread'));
    const plan = { runId: '2026-11-26T000000' } as RunPlan;
    const shard = (n: number) => ({ shard: `s000${n}`, series: 10 });

    // Act
    await run(plan, [shard(1)]);
    await run(plan, [shard(1), shard(2)]);

    // Assess
    expect(ran).toEqual(['thread:s0001', 'pool:s0001+s0002']);
  });
});
