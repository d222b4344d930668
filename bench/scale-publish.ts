/**
 * The publish measurement of bench/scale.ts at fleet size, in two steps,
 * each its own process so that each peak memory is its own:
 *
 * - `--step shard`: plans a run on the lake in `--dir`, runs its first
 *   shard (a real one of up to 2,000 series: time and peak memory), then
 *   FABRICATES `--shards K` shards' results by replicating that shard's
 *   result.json with renamed series and ISPs (replicas list no ISP pages:
 *   publish copies pages one at a time, so their number does not change
 *   its memory, and copying K × 100 pages would only fill the disk).
 * - `--step publish`: runs publishRun on those K shards.
 *
 * Run: npx tsx bench/scale-publish.ts --dir DIR --step shard|publish
 *      [--shards 75] [--as-of 2026-11-26]
 */
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '#lib/config';
import { planRun } from '#lib/pipeline/plan-run';
import { publishRun } from '#lib/pipeline/publish-run';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { readRunJson, runKeys, writeRunJson } from '#lib/pipeline/run-files';
import type { RunPlanFile } from '#lib/pipeline/run-plan-file';
import { runShard } from '#lib/pipeline/run-shard';
import type { ShardResult } from '#lib/pipeline/shard-result';
import { buildLocalDeps } from '#lib/wiring/local';
import { benchArgs, wholeOption } from './bench-args.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    dir: { type: 'string' },
    step: { type: 'string', default: 'shard' },
    shards: { type: 'string', default: '75' },
    'as-of': { type: 'string', default: '2026-11-26' },
  },
});
const shards = wholeOption(import.meta.url, '--shards', values.shards, {
  min: 1,
});
const dir = values.dir!;
const RUN = 'bench-publish';
const keys = runKeys(RUN);
const deps = await buildLocalDeps({
  lake: join(dir, 'lake'),
  inventory: join(dir, 'inventory'),
  out: join(dir, 'out-publish'),
  config: DEFAULT_CONFIG,
  quiet: true,
});
const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

if (values.step === 'shard') {
  // The rollup writes the inventory table the plan counts series from.
  await rollupStage(deps, { asOf: values['as-of'] });
  await planRun(deps, { asOf: values['as-of'], runId: RUN });
  const summary = await runShard(deps, { runId: RUN, shard: 's0001' });
  console.log(
    `one shard (${summary.series} series evaluated): ` +
      `${summary.seconds.toFixed(1)} s, peak RSS ${peakMb()} MB (its own process)`,
  );
  await fabricate(shards);
} else {
  const began = performance.now();
  const summary = await publishRun(deps, { runId: RUN });
  const seconds = (performance.now() - began) / 1000;
  console.log(
    `publish of ${summary.evaluations.length} series from ${shards} ` +
      `shards (fabricated from one real shard, see bench/scale-publish.ts): ` +
      `${seconds.toFixed(1)} s, peak RSS ${peakMb()} MB (its own process)`,
  );
}
await deps.engine.close();

/** Replicates shard s0001's result as shards s0002…sK with renamed keys. */
async function fabricate(count: number) {
  const one = await readRunJson<ShardResult>(
    deps.reports,
    keys.result('s0001'),
  );
  const names = Array.from(
    { length: count },
    (_, i) => `s${String(i + 1).padStart(4, '0')}`,
  );
  for (const [i, shard] of names.entries()) {
    if (i === 0) continue;
    await writeRunJson(
      deps.reports,
      keys.result(shard),
      replica(one, shard, i),
    );
  }
  const plan = await readRunJson<RunPlanFile>(deps.reports, keys.plan);
  const list = names.map((shard) => ({ shard, series: one.series }));
  await writeRunJson(deps.reports, keys.plan, { ...plan, shards: list });
  await writeRunJson(deps.reports, keys.shardList, list);
  console.log(
    `fabricated ${count} shards: ${count * one.evaluations.length} series`,
  );
}

/**
 * Shard `shard`'s result as a copy of `one` whose keys and ISPs end in
 * ` #i`, without accuracy or ISP pages.
 */
function replica(one: ShardResult, shard: string, i: number): ShardResult {
  const tag = (text: string) => `${text} #${i}`;
  return {
    ...one,
    shard,
    evaluations: one.evaluations.map((e) => ({
      ...e,
      key: tag(e.key),
      isp: tag(e.isp),
    })),
    isps: one.isps.map((s) => ({ ...s, isp: tag(s.isp) })),
    accuracy: { sums: [], chart: [] },
    points: one.points.map((p) => ({
      ...p,
      key: tag(p.key),
      isp: tag(p.isp),
    })),
    notes: one.notes.map((n) => ({ ...n, key: tag(n.key) })),
    stale: one.stale.map(tag),
    pages: [],
  };
}
