import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { inProcessShards } from '#lib/pipeline/run-shards';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { makeTempDir, removeDir } from './lake.ts';
import { atRiskConfig } from './same-run.ts';
import { closeDeps, SCALE_AS_OF, scaleDeps } from './scale-run.ts';

// Three ISPs of four links in one group each: 6 series per ISP, so a
// bound of 6 series makes three shards, one ISP each.
const CONFIG = atRiskConfig({ historyDays: 60, shards: { maxSeries: 6 } });

/** When a fault is done to the run's folder: before the shards or publish. */
export type FaultStage = 'shards' | 'publish';

/**
 * A rolled-up lake of 12 links (three shards), made before the file's
 * tests and removed after them, and a way to run the pipeline on it
 * with a fault done to the run's folder in the report store.
 *
 * @param name - the temporary folder's prefix
 * @returns `runWith(when, fault)` and `reportsOf(run)` (the report folder of
 *   the last run)
 */
export function runsWithFaults(name: string) {
  let root = '';
  let runs = 0;
  beforeAll(async () => {
    root = await makeTempDir(name);
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
  return {
    /** Runs the pipeline, doing `fault` to the run's folder at `when`. */
    async runWith(when: FaultStage, fault: (runDir: string) => Promise<void>) {
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
    },
    /** The report folder of the last run. */
    lastReports: () => join(root, `out-${runs}`, 'reports'),
  };
}

/** Rewrites a JSON file through `edit` (by default one holding lists). */
export async function editJson<T = Record<'links' | 'evaluations', unknown[]>>(
  path: string,
  edit: (value: T) => unknown,
): Promise<void> {
  const value = JSON.parse(await readFile(path, 'utf8'));
  await writeFile(path, JSON.stringify(edit(value)));
}
