import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ispSlug } from '#lib/domain/slug';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { poolShards } from '#lib/wiring/shard-pool';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/recording-log.ts';
import {
  atRiskConfig,
  expectSameOutputs,
  runShardsInto,
} from '../../helpers/same-run.ts';
import { SCALE_AS_OF } from '../../helpers/scale-run.ts';

// `whole`: six ISPs of eight links (two groups each), 11 series per ISP,
// so a bound of 22 series makes three shards of two ISPs.
// `split`: two ISPs of 24 links in six groups of four, 31 series each, so
// a bound of 6 splits each ISP by group into six shards: its own series
// and a group (6), then one group (5) per shard. Some groups after the
// first are at risk, so the ISP summary and page need every shard's.
let root: string;
const whole = () => join(root, 'whole');
const split = () => join(root, 'split');

beforeAll(async () => {
  root = await makeTempDir('sharded');
  const lake = { end: SCALE_AS_OF, links: 48 };
  await writeRolledLake({ ...lake, dir: whole(), days: 100, linksPerIsp: 8 });
  await writeRolledLake({ ...lake, dir: split(), days: 60, linksPerIsp: 24 });
});

afterAll(async () => {
  await removeDir(root);
});

describe('a sharded run', () => {
  it('publishes the same files and messages as a one-shard run', async () => {
    // Prepare
    const dir = whole();
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

  it('splits an ISP over the bound by group, with the same outputs', async () => {
    // Prepare
    const dir = split();
    const one = atRiskConfig({ historyDays: 60 });
    const bounded = { ...one, shards: { maxSeries: 6 } };

    // Act
    const sharded = await runShardsInto(dir, join(dir, 'out-6'), bounded);
    const single = await runShardsInto(dir, join(dir, 'out-1'), one);

    // Assess
    expect(sharded).toHaveLength(12);
    expect(single).toEqual(['s0001']);
    const isps = join(dir, 'out-6', 'reports', SCALE_AS_OF, 'isps.csv');
    // All six groups, and groups at risk from more than one shard (how
    // many depends on the forecast engine, not on the sharding).
    expect(await readFile(isps, 'utf8')).toMatch(
      /ISP 000001,.*,6,[2-6],critical,/,
    );
    await expectSameOutputs(
      join(dir, 'out-6'),
      join(dir, 'out-1'),
      `isp/${ispSlug('ISP 000001')}.html`,
    );
  }, 180_000);
});
