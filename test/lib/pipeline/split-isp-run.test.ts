import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ispSlug } from '#lib/domain/slug';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import {
  atRiskConfig,
  expectSameOutputs,
  runShardsInto,
} from '../../helpers/same-run.ts';
import { SCALE_AS_OF } from '../../helpers/scale-run.ts';

// Two ISPs of 24 links in six groups of four: 31 series each, so a
// bound of 6 series splits each ISP by group into six shards: its own
// series and a group (6), then one group (5) per shard. Some groups after
// the first are at risk, so the ISP summary and page need every shard's
// groups.
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('split-isp');
  await writeRolledLake({
    dir,
    links: 48,
    days: 60,
    end: SCALE_AS_OF,
    linksPerIsp: 24,
  });
});

afterAll(async () => {
  await removeDir(dir);
});

describe('a run with ISPs split by group', () => {
  it('publishes the same files and messages as a one-shard run', async () => {
    // Prepare
    const one = atRiskConfig({ historyDays: 60 });
    const split = { ...one, shards: { maxSeries: 6 } };

    // Act
    const sharded = await runShardsInto(dir, join(dir, 'out-split'), split);
    const single = await runShardsInto(dir, join(dir, 'out-1'), one);

    // Assess
    expect(sharded).toHaveLength(12);
    expect(single).toEqual(['s0001']);
    const out = join(dir, 'out-split', 'reports', SCALE_AS_OF);
    const isps = await readFile(join(out, 'isps.csv'), 'utf8');
    expect(isps).toMatch(/ISP 000001,.*,6,3,critical,/);
    await expectSameOutputs(
      join(dir, 'out-split'),
      join(dir, 'out-1'),
      `isp/${ispSlug('ISP 000001')}.html`,
    );
  }, 180_000);
});
