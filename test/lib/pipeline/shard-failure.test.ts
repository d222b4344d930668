import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import {
  closeDeps,
  configWith,
  listFiles,
  SCALE_AS_OF,
  scaleDeps,
} from '../../helpers/scale-run.ts';

// Armed, the forecaster throws on its first call: the first series of the
// first shard in catalog order (level, then key).
const trap = vi.hoisted(() => ({ armed: false }));
vi.mock('#lib/forecast/index', async (original) => {
  const real = await original<typeof import('#lib/forecast/index')>();
  return {
    ...real,
    forecastSeries: (...args: Parameters<typeof real.forecastSeries>) => {
      if (trap.armed) throw new Error('model exploded');
      return real.forecastSeries(...args);
    },
  };
});

let dir: string;
const out = () => join(dir, 'out');
const config = configWith({ historyDays: 60, shards: { maxSeries: 6 } });

beforeAll(async () => {
  dir = await makeTempDir('shard-failure');
  await writeRolledLake({
    dir,
    links: 8,
    days: 60,
    end: SCALE_AS_OF,
    linksPerIsp: 4,
  });
});

afterAll(async () => {
  await removeDir(dir);
});

async function run(asOf: string) {
  const deps = await scaleDeps(dir, out(), config);
  try {
    return await runPipeline(deps, { asOf });
  } finally {
    await closeDeps(deps);
  }
}

describe('a run whose shard throws', () => {
  it('fails naming the shard and the series, leaving latest/ and state', async () => {
    // Prepare
    const before = addDays(SCALE_AS_OF, -1);
    await run(before);
    const manifest = join(out(), 'reports', 'latest', 'manifest.json');
    const state = join(out(), 'state', 'notifications.json');
    const latestBefore = await readFile(manifest, 'utf8');
    const stateBefore = await readFile(state, 'utf8');
    trap.armed = true;

    // Act
    const failure = run(SCALE_AS_OF);

    // Assess
    await expect(failure).rejects.toThrow(
      'shard s0001 failed on series group:ISP 000000/S0/pni: model exploded',
    );
    trap.armed = false;
    expect(await readFile(manifest, 'utf8')).toBe(latestBefore);
    expect(await readFile(state, 'utf8')).toBe(stateBefore);
    const reports = await listFiles(join(out(), 'reports'));
    expect(reports.filter((f) => f.startsWith(SCALE_AS_OF))).toEqual([]);
  });
});
