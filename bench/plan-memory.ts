/**
 * The plan stage's memory alone (docs/architecture.md "The plan's
 * memory"), in this process, on a lake `npm run bench:scale -- --keep`
 * left in `--dir`: rolls up (nothing to do on a rolled lake), then runs
 * `planRun` while sampling this process's RSS and V8 heap every 10 ms,
 * and prints its time, peak RSS and peak heap (garbage included). With
 * `--live` (node's `--expose-gc` needed), it forces a collection before
 * each sample, every 100 ms, so that the peak heap is what the plan
 * held, not what it had not yet collected. The plan's files are written
 * under `--dir`/out-plan-memory and left there for comparison; its shard
 * inputs in the lake are removed.
 *
 * Run: node --expose-gc --import tsx bench/plan-memory.ts
 *      --dir /tmp/headroom-scale-10000x730 [--live] [--as-of 2026-11-26]
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '#lib/config';
import { planRun } from '#lib/pipeline/plan-run';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { runKeys } from '#lib/pipeline/run-files';
import { buildLocalDeps } from '#lib/wiring/local';
import { benchArgs } from './bench-args.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    dir: { type: 'string' },
    live: { type: 'boolean', default: false },
    'as-of': { type: 'string', default: '2026-11-26' },
  },
});
const dir = values.dir!;
const asOf = values['as-of'];
const collect = (globalThis as { gc?: () => void }).gc;
if (values.live && !collect) throw new Error('--live needs node --expose-gc');
const out = join(dir, 'out-plan-memory');
await rm(out, { recursive: true, force: true });
const deps = await buildLocalDeps({
  lake: join(dir, 'lake'),
  inventory: join(dir, 'inventory'),
  out,
  config: DEFAULT_CONFIG,
  quiet: true,
});
await rollupStage(deps, { asOf });
const MB = 1024 * 1024;
const peak = { rss: 0, heap: 0 };
const sample = () => {
  if (values.live) collect!();
  const { rss, heapUsed } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.heap = Math.max(peak.heap, heapUsed);
};
collect?.();
const heapBefore = process.memoryUsage().heapUsed;
const timer = setInterval(sample, values.live ? 100 : 10);
const began = performance.now();
const cpu = process.cpuUsage();
await planRun(deps, { asOf, runId: 'plan-memory' });
sample();
clearInterval(timer);
const used = process.cpuUsage(cpu);
console.log(
  `plan of ${dir}: ${((performance.now() - began) / 1000).toFixed(1)} s, ` +
    `${((used.user + used.system) / 1e6).toFixed(1)} CPU-s, ` +
    `peak RSS ${(peak.rss / MB).toFixed(0)} MB, ` +
    `peak heap ${(peak.heap / MB).toFixed(0)} MB ` +
    `(${values.live ? 'live, collected every 100 ms' : 'garbage included'}; ` +
    `${(heapBefore / MB).toFixed(0)} MB before the plan)`,
);
await deps.engine.removeUnloaded(runKeys('plan-memory').root);
await deps.engine.close();
