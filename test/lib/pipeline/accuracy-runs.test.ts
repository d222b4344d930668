import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { readRunJson, runKeys } from '#lib/pipeline/run-files';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { inProcessShards } from '#lib/pipeline/run-shards';
import type { ShardResult } from '#lib/pipeline/shard-result';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { buildLocalDeps } from '#lib/wiring/local';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/recording-log.ts';
import { atRiskConfig } from '../../helpers/same-run.ts';
import { SCALE_AS_OF } from '../../helpers/scale-run.ts';

// Six ISPs of eight links in two groups: 11 series per ISP, 18 charted
// (ISPs and groups). Runs every 20 days, so that the last runs compare
// the earlier runs' +30/60/90-day forecasts with what happened.
const DATES = [-100, -80, -60, -40, -20, 0].map((d) => addDays(SCALE_AS_OF, d));
let root: string;

beforeAll(async () => {
  root = await makeTempDir('accuracy-runs');
  await writeRolledLake({
    dir: root,
    links: 48,
    linksPerIsp: 8,
    days: 220,
    end: SCALE_AS_OF,
  });
}, 60_000);

afterAll(async () => {
  await removeDir(root);
});

/**
 * Runs the pipeline at each of `DATES` into `out`, and returns the last
 * run's accuracy page and its shards' results (read before publish).
 */
async function runDates(out: string, config: Config) {
  const results: ShardResult[] = [];
  for (const asOf of DATES) {
    const deps = await buildLocalDeps({
      lake: join(root, 'lake'),
      inventory: join(root, 'inventory'),
      out,
      config,
      log: silentLog,
      clock: { now: () => new Date(`${asOf}T06:00:00Z`) },
      memoryLimit: '256MB',
    });
    const shards = inProcessShards(deps);
    try {
      await runPipeline(deps, {
        asOf,
        runShards: async (plan, list) => {
          const done = await shards(plan, list);
          const keys = runKeys(plan.runId);
          results.length = 0;
          for (const { shard } of list) {
            results.push(await readRunJson(deps.reports, keys.result(shard)));
          }
          return done;
        },
      });
    } finally {
      await deps.engine.close();
    }
  }
  const page = join(out, 'reports', DATES.at(-1)!, 'accuracy.html');
  return { html: await readFile(page, 'utf8'), results };
}

describe('the accuracy page after several runs', () => {
  it('is the same from three shards as from one, each shard sending sums and chart rows', async () => {
    // Prepare
    const one = atRiskConfig({ historyDays: 100 });
    const three = { ...one, shards: { maxSeries: 22 } };

    // Act
    const single = await runDates(join(root, 'out-1'), one);
    const sharded = await runDates(join(root, 'out-3'), three);

    // Assess: the runs up to -30 days are compared at +30 days, those up
    // to -90 days at +90 (targets before the last as-of date).
    expect(sharded.html).toBe(single.html);
    expect(single.html).toMatch(
      /30 days ahead: MAPE [\d.]+%, signed [−+]?[\d.]+%, inside interval [\d.]+%, above upper bound [\d.]+% against a calibrated 10% \(\d+ comparisons\)\./,
    );
    expect(single.html).toContain('90 days ahead: MAPE');
    expect(single.html).toContain('<figure class="accuracy-chart">');
    expect(sharded.results).toHaveLength(3);
    for (const { accuracy } of [...single.results, ...sharded.results]) {
      expect(Object.keys(accuracy)).toEqual(['sums', 'chart']);
    }
    const sums = sharded.results.flatMap((r) => r.accuracy.sums);
    // 18 charted series, each compared at every horizon by one shard.
    expect(sums).toHaveLength(18 * 3);
    expect(new Set(sums.map((s) => `${s.key} ${s.horizonDays}`)).size).toBe(54);
    // Each carries its points above the upper bound, in result.json too.
    expect(
      sums.every(
        (s) => Number.isInteger(s.above) && s.above + s.inside <= s.count,
      ),
    ).toBe(true);
    expect(single.results[0]!.accuracy.sums).toEqual(
      [...sums].sort(
        (a, b) =>
          Number(a.level !== 'isp') - Number(b.level !== 'isp') ||
          (a.key < b.key
            ? -1
            : a.key > b.key
              ? 1
              : a.horizonDays - b.horizonDays),
      ),
    );
  }, 180_000);
});
