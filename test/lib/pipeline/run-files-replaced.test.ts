import { existsSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShardError, StoreError } from '#lib/errors';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { inProcessShards } from '#lib/pipeline/run-shards';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { atRiskConfig } from '../../helpers/same-run.ts';
import { closeDeps, SCALE_AS_OF, scaleDeps } from '../../helpers/scale-run.ts';

// Three ISPs of four links in one group each: 6 series per ISP, so a
// bound of 6 series makes three shards, one ISP each.
const CONFIG = atRiskConfig({ historyDays: 60, shards: { maxSeries: 6 } });
let root: string;
let runs = 0;

beforeAll(async () => {
  root = await makeTempDir('run-files');
  await writeRolledLake({
    dir: root,
    links: 12,
    linksPerIsp: 4,
    days: 60,
    end: SCALE_AS_OF,
  });
}, 60_000);

afterAll(async () => {
  await removeDir(root);
});

type Stage = 'shards' | 'publish';

/**
 * Runs the pipeline into `out`, doing `fault` to the run's folder in the
 * report store before the shards or before publish.
 */
async function runWith(when: Stage, fault: (runDir: string) => Promise<void>) {
  runs += 1;
  const out = join(root, `out-${runs}`);
  const deps = await scaleDeps(root, out, CONFIG);
  const shards = inProcessShards(deps);
  try {
    return await runPipeline(deps, {
      asOf: SCALE_AS_OF,
      runShards: async (plan, list) => {
        const runDir = join(out, 'runs', plan.runId);
        if (when === 'shards') await fault(runDir);
        const done = await shards(plan, list);
        if (when === 'publish') await fault(runDir);
        return done;
      },
    });
  } finally {
    await closeDeps(deps);
  }
}

/** Rewrites a JSON file through `edit`. */
async function editJson(
  path: string,
  edit: (value: Record<'links' | 'evaluations', unknown[]>) => unknown,
) {
  const value = JSON.parse(await readFile(path, 'utf8'));
  await writeFile(path, JSON.stringify(edit(value)));
}

const shardFile = (runDir: string, shard: string, name: string) =>
  join(runDir, 'shards', shard, name);

describe("a shard's inventory.json", () => {
  it.each<[string, (runDir: string) => Promise<void>, RegExp]>([
    [
      'replaced by another shard’s',
      (runDir: string) =>
        copyFile(
          shardFile(runDir, 's0002', 'inventory.json'),
          shardFile(runDir, 's0001', 'inventory.json'),
        ),
      /lacks \d+ of the 6 series/,
    ],
    [
      'short of a link',
      (runDir: string) =>
        editJson(shardFile(runDir, 's0001', 'inventory.json'), (v) => ({
          ...v,
          links: v.links.slice(1),
        })),
      /lacks 1 of the 6 series its input holds \(first: link:l0000000\)/,
    ],
  ])(
    '%s fails the run naming the file and the counts',
    async (_, fault, problem) => {
      // Act
      const run = runWith('shards', fault);

      // Assess: an error, not a report without those series
      await expect(run).rejects.toThrow(ShardError);
      await expect(run).rejects.toThrow(
        /^shard s0001's inventory \(runs\/[0-9T-]+\/shards\/s0001\/inventory\.json\) lacks /,
      );
      await expect(run).rejects.toThrow(problem);
    },
    60_000,
  );
});

describe("a shard's result.json", () => {
  it.each<[string, (runDir: string) => Promise<void>, RegExp]>([
    [
      'replaced by another shard’s',
      (runDir) =>
        copyFile(
          shardFile(runDir, 's0002', 'result.json'),
          shardFile(runDir, 's0001', 'result.json'),
        ),
      /result\.json is run [0-9T-]+'s shard s0002, not run [0-9T-]+'s shard s0001: /,
    ],
    [
      'short of an evaluation',
      (runDir) =>
        editJson(shardFile(runDir, 's0001', 'result.json'), (v) => ({
          ...v,
          evaluations: v.evaluations.slice(1),
        })),
      /result\.json holds 5 evaluations where the shard wrote 6: /,
    ],
  ])(
    '%s fails publish naming the file',
    async (_, fault, problem) => {
      // Act
      const run = runWith('publish', fault);

      // Assess: an error, and no report with other or fewer evaluations
      await expect(run).rejects.toThrow(StoreError);
      await expect(run).rejects.toThrow(
        /runs\/[0-9T-]+\/shards\/s0001\/result\.json /,
      );
      await expect(run).rejects.toThrow(problem);
      await expect(run).rejects.toThrow(/; run again$/);
      const reports = join(root, `out-${runs}`, 'reports');
      expect(existsSync(join(reports, 'latest.json'))).toBe(false);
    },
    60_000,
  );
});
