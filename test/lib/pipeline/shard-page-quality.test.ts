import { readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { inProcessShards } from '#lib/pipeline/run-shards';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { editJson } from '../../helpers/run-with-fault.ts';
import { atRiskConfig } from '../../helpers/same-run.ts';
import { closeDeps, SCALE_AS_OF, scaleDeps } from '../../helpers/scale-run.ts';
import { withoutNowrap } from '../../helpers/without-nowrap.ts';

/** The lake's traffic stops four days before the run. */
const LAST_DAY = addDays(SCALE_AS_OF, -5);
const BANNER = `<p class="banner" role="note">Data: no traffic in the 4 days before this run, after ${LAST_DAY}: the figures are as of then.</p>`;

/** Moves `quality.json` away while the shards run, then back. */
const awayDuringShards = async (runDir: string) => {
  const file = join(runDir, 'quality.json');
  await rename(file, `${file}.away`);
  return () => rename(`${file}.away`, file);
};

/** Makes the plan one from before it carried the pages' quality fields. */
const olderPlan = async (runDir: string) => {
  await editJson<Record<string, unknown>>(
    join(runDir, 'plan.json'),
    ({ trafficDays: _, ...plan }) => plan,
  );
  return async () => {};
};

describe("the ISP pages' data quality, from the plan", () => {
  let root = '';
  let runs = 0;
  beforeAll(async () => {
    root = await makeTempDir('shard-page-quality');
    // Three ISPs of one bundle of four links: 6 series each
    await writeRolledLake({
      dir: root,
      links: 12,
      linksPerIsp: 4,
      days: 70,
      end: addDays(LAST_DAY, 1),
    });
  }, 60_000);
  afterAll(async () => {
    await removeDir(root);
  });

  /** Runs the pipeline, doing `fault` before the shards and undoing it after. */
  async function runWith(
    maxSeries: number,
    fault: (runDir: string) => Promise<() => Promise<void>>,
  ) {
    runs += 1;
    const out = join(root, `out-${runs}`);
    const config = atRiskConfig({ historyDays: 60, shards: { maxSeries } });
    const deps = await scaleDeps(root, out, config);
    const shards = inProcessShards(deps);
    try {
      await runPipeline(deps, {
        asOf: SCALE_AS_OF,
        runShards: async (plan, list) => {
          const undo = await fault(join(out, 'runs', plan.runId));
          const done = await shards(plan, list);
          await undo();
          return done;
        },
      });
    } finally {
      await closeDeps(deps);
    }
    const pages = join(out, 'reports', SCALE_AS_OF, 'isp');
    const names = (await readdir(pages)).sort();
    return Promise.all(
      names.map(async (name) => [
        name,
        withoutNowrap(await readFile(join(pages, name), 'utf8')).includes(
          BANNER,
        ),
      ]),
    );
  }

  it.each([
    ['rendered by the shards, which read no quality.json', 6, awayDuringShards],
    ['of ISPs split over shards, rendered by publish', 4, awayDuringShards],
    [
      'rendered by the shards of a plan from before it carried them',
      6,
      olderPlan,
    ],
  ])(
    'say the figures are as of the last day with traffic: %s',
    async (_, maxSeries, fault) => {
      // Act
      const pages = await runWith(maxSeries, fault);

      // Assess: every ISP's page has the banner
      expect(pages).toEqual([
        ['isp-000000-2309e945.html', true],
        ['isp-000001-2209e7b2.html', true],
        ['isp-000002-2109e61f.html', true],
      ]);
    },
    60_000,
  );
});
