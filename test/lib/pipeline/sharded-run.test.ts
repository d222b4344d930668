import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, DEFAULT_CONFIG } from '#lib/config';
import { ispSlug } from '#lib/domain/slug';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { inProcessShards, type ShardRunner } from '#lib/pipeline/run-shards';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { poolShards } from '#lib/wiring/shard-pool';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/rollup-fixture.ts';
import {
  closeDeps,
  configWith,
  readFiles,
  readMessages,
  SCALE_AS_OF,
  scaleDeps,
} from '../../helpers/scale-run.ts';

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

async function runInto(out: string, config: Config, pool: boolean) {
  const deps = await scaleDeps(dir, out, config);
  const shards: string[] = [];
  const runner: ShardRunner | undefined = pool
    ? poolShards({
        lake: join(dir, 'lake'),
        inventory: join(dir, 'inventory'),
        out,
        config,
        workers: 2,
        log: silentLog,
      })
    : undefined;
  try {
    await runPipeline(deps, {
      asOf: SCALE_AS_OF,
      runShards: async (plan, list) => {
        shards.push(...list.map((s) => s.shard));
        const run = runner ?? inProcessShards(deps);
        return run(plan, list);
      },
    });
  } finally {
    await closeDeps(deps);
  }
  return shards;
}

describe('a sharded run', () => {
  it('publishes the same files as a one-shard run', async () => {
    // Prepare
    // Lower thresholds, so that some groups are at risk and messages go out.
    const thresholds = {
      ...DEFAULT_CONFIG.thresholds,
      default: { warning: 0.4, critical: 0.5 },
    };
    const one = configWith({ historyDays: 100, thresholds });
    const three = { ...one, shards: { maxSeries: 22 } };

    // Act
    const sharded = await runInto(join(dir, 'out-3'), three, true);
    const single = await runInto(join(dir, 'out-1'), one, false);

    // Assess
    expect(sharded).toEqual(['s0001', 's0002', 's0003']);
    expect(single).toEqual(['s0001']);
    const a = await readFiles(join(dir, 'out-3', 'reports', SCALE_AS_OF));
    const b = await readFiles(join(dir, 'out-1', 'reports', SCALE_AS_OF));
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect([...a.keys()]).toContain(`isp/${ispSlug('ISP 000005')}.html`);
    for (const [path, body] of a) {
      // The manifest names the configuration's checksum, which differs.
      if (path === 'manifest.json') {
        expect(JSON.parse(body).files).toEqual(JSON.parse(b.get(path)!).files);
      } else {
        expect(body, path).toBe(b.get(path));
      }
    }
    // The messages, apart from their links to each run's own folder.
    const sent = await readMessages(join(dir, 'out-3'));
    expect(sent.size).toBeGreaterThan(0);
    expect(sent).toEqual(await readMessages(join(dir, 'out-1')));
  }, 180_000);
});
