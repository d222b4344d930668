import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, DEFAULT_CONFIG } from '#lib/config';
import { ispSlug } from '#lib/domain/slug';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { inProcessShards } from '#lib/pipeline/run-shards';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import {
  closeDeps,
  configWith,
  readFiles,
  readMessages,
  SCALE_AS_OF,
  scaleDeps,
} from '../../helpers/scale-run.ts';

// Two ISPs of 24 links in six groups of four: 31 series each, so a
// bound of 6 series splits each ISP by group into six shards: its own
// series and a group (6), then one group (5) per shard. Some groups after
// the first are at risk (with lower thresholds), so the ISP summary and
// page need every shard's groups.
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

async function runInto(out: string, config: Config) {
  const deps = await scaleDeps(dir, out, config);
  const shards: string[] = [];
  try {
    await runPipeline(deps, {
      asOf: SCALE_AS_OF,
      runShards: async (plan, list) => {
        shards.push(...list.map((s) => s.shard));
        return inProcessShards(deps)(plan, list);
      },
    });
  } finally {
    await closeDeps(deps);
  }
  return shards;
}

describe('a run with ISPs split by group', () => {
  it('publishes the same files as a one-shard run', async () => {
    // Prepare
    const thresholds = {
      ...DEFAULT_CONFIG.thresholds,
      default: { warning: 0.4, critical: 0.5 },
    };
    const one = configWith({ historyDays: 60, thresholds });
    const split = { ...one, shards: { maxSeries: 6 } };

    // Act
    const sharded = await runInto(join(dir, 'out-split'), split);
    const single = await runInto(join(dir, 'out-1'), one);

    // Assess
    expect(sharded).toHaveLength(12);
    expect(single).toEqual(['s0001']);
    const a = await readFiles(join(dir, 'out-split', 'reports', SCALE_AS_OF));
    const b = await readFiles(join(dir, 'out-1', 'reports', SCALE_AS_OF));
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect([...a.keys()]).toContain(`isp/${ispSlug('ISP 000001')}.html`);
    expect(a.get('isps.csv')).toMatch(/ISP 000001,.*,6,3,critical,/);
    for (const [path, body] of a) {
      // The manifest names the configuration's checksum, which differs.
      if (path === 'manifest.json') {
        expect(JSON.parse(body).files).toEqual(JSON.parse(b.get(path)!).files);
      } else {
        expect(body, path).toBe(b.get(path));
      }
    }
    // The messages, apart from their links to each run's own folder.
    const sent = await readMessages(join(dir, 'out-split'));
    expect(sent.size).toBeGreaterThan(0);
    expect(sent).toEqual(await readMessages(join(dir, 'out-1')));
  }, 180_000);
});
