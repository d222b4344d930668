import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ispSlug } from '#lib/domain/slug';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { poolShards } from '#lib/wiring/shard-pool';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/rollup-fixture.ts';
import {
  atRiskConfig,
  expectSameOutputs,
  runShardsInto,
} from '../../helpers/same-run.ts';
import { SCALE_AS_OF } from '../../helpers/scale-run.ts';

// Six ISPs of eight links (two groups each): 11 series per ISP, so a
// bound of 22 series makes three shards of two ISPs.
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('sharded');
  await writeRolledLake({
    dir,
    links: 48,
    days: 100,
    end: SCALE_AS_OF,
    linksPerIsp: 8,
  });
});

afterAll(async () => {
  await removeDir(dir);
});

describe('a sharded run', () => {
  it('publishes the same files and messages as a one-shard run', async () => {
    // Prepare
    const one = atRiskConfig({ historyDays: 100 });
    const three = { ...one, shards: { maxSeries: 22 } };
    const pool = poolShards({
      lake: join(dir, 'lake'),
      inventory: join(dir, 'inventory'),
      out: join(dir, 'out-3'),
      config: three,
      workers: 2,
      log: silentLog,
    });

    // Act
    const sharded = await runShardsInto(dir, join(dir, 'out-3'), three, pool);
    const single = await runShardsInto(dir, join(dir, 'out-1'), one);

    // Assess
    expect(sharded).toEqual(['s0001', 's0002', 's0003']);
    expect(single).toEqual(['s0001']);
    await expectSameOutputs(
      join(dir, 'out-3'),
      join(dir, 'out-1'),
      `isp/${ispSlug('ISP 000005')}.html`,
    );
  }, 180_000);
});
