import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { ShardError } from '#lib/errors';
import type { Deps } from '#lib/pipeline/deps';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { inProcessShards } from '#lib/pipeline/run-shards';
import { buildLocalDeps } from '#lib/wiring/local';
import { writeSample } from '#lib/wiring/local-sample';
import { silentLog } from '../../helpers/recording-log.ts';
import { writeParquet } from '../../helpers/write-parquet.ts';

const SAMPLE = { links: 6, days: 120, end: '2026-05-31' };
let root: string;
let sample: string;
let deps: Deps;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'headroom-shard-input-'));
  sample = join(root, 's');
  await writeSample({ out: sample, ...SAMPLE }, silentLog);
  deps = await buildLocalDeps({
    lake: join(sample, 'lake'),
    inventory: join(sample, 'inventory'),
    out: join(root, 'out'),
    config: DEFAULT_CONFIG,
    quiet: true,
  });
});
afterEach(async () => {
  await deps.engine.close();
  await rm(root, { recursive: true, force: true });
});

/** Runs the pipeline, doing `meanwhile` between the plan and the shards. */
function runWith(meanwhile: () => Promise<unknown>) {
  const shards = inProcessShards(deps);
  return runPipeline(deps, {
    asOf: '2026-06-01',
    runShards: async (plan, list) => {
      await meanwhile();
      return shards(plan, list);
    },
  });
}

describe("a shard's input in the lake", () => {
  it('survives headroom sample written again over the lake meanwhile', async () => {
    // Act: the lake's rollup lock is free once the run has rolled up, so
    // a sample may replace the lake while the run forecasts
    const summary = await runWith(() =>
      writeSample({ out: sample, ...SAMPLE, seed: 2 }, silentLog),
    );
    // Assess: the shards read the inputs the plan wrote under the lake's
    // runs/ folder, which the new sample left, and forecast every series
    expect(summary.evaluations.length).toBeGreaterThan(0);
    expect(existsSync(join(root, 'out', summary.folder, 'index.html'))).toBe(
      true,
    );
  }, 120_000);

  it('when removed, fails the run naming the shard and the counts', async () => {
    // Act: the shards' inputs are gone when the shards start
    const run = runWith(() =>
      rm(join(sample, 'lake', 'runs'), { recursive: true }),
    );
    // Assess: an error, not a report without those series
    await expect(run).rejects.toThrow(ShardError);
    await expect(run).rejects.toThrow(
      /^shard s0001's input \(runs\/[0-9T-]+\/series\/shard=s0001\/ in the lake\) holds 0 series and 0 daily rows where the plan wrote \d+ series and \d+ daily rows: .*; run again$/,
    );
    expect(existsSync(join(root, 'out', 'reports', 'latest.json'))).toBe(false);
  }, 120_000);

  it('when cut short by its last days, fails the run naming the counts', async () => {
    // Act: every series is still there, but its last week is gone
    const run = runWith(() =>
      keepRows(join(sample, 'lake', 'runs'), "dt < '2026-05-25'"),
    );
    // Assess: an error, not a forecast from a week-old history
    await expect(run).rejects.toThrow(ShardError);
    await expect(run).rejects.toThrow(
      /^shard s0001's input .* holds (\d+) series and \d+ daily rows where the plan wrote \1 series and \d+ daily rows: /,
    );
    expect(existsSync(join(root, 'out', 'reports', 'latest.json'))).toBe(false);
  }, 120_000);
});

/** Rewrites every shard input file below `runs` with only some rows. */
async function keepRows(runs: string, where: string) {
  const files = (await readdir(runs, { recursive: true }))
    .filter((name) => name.endsWith('.parquet'))
    .map((name) => join(runs, name));
  for (const file of files) {
    await writeParquet(
      `${file}.cut`,
      `SELECT * FROM read_parquet('${file}') WHERE ${where}`,
    );
    await rename(`${file}.cut`, file);
  }
}
