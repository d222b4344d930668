/**
 * Rollup benchmark (`npm run bench:rollup`): in one run, on the same
 * files, times the one-query reference (link-level daily p95 of every
 * day, one plain DuckDB query) and the whole batched rollup of every day
 * (series at three levels and quality, markers included), and prints
 * the ratios of wall and CPU (user + sys) seconds. Without `--lake`, it uses the default sample in
 * `data/sample`, generating it when missing.
 *
 * Run: npm run bench:rollup -- [--lake DIR --inventory DIR]
 *      [--memory 4GB] [--batch-days 31] [--batch-bytes N] [--rollup-only]
 *
 * `--batch-bytes` overrides the local engine's raw bytes per batch
 * (`DEFAULT_ROLLUP_BATCH_BYTES`); `--rollup-only` skips the reference,
 * so that the peak RSS is the rollup's own.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { loadInventory } from '#lib/pipeline/load-inventory';
import { rollupLake } from '#lib/pipeline/rollup';
import { generateSample } from '#lib/sample/index';
import { benchArgs, wholeOption } from './bench-args.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    lake: { type: 'string' },
    inventory: { type: 'string' },
    memory: { type: 'string', default: '4GB' },
    'batch-days': { type: 'string', default: '31' },
    'batch-bytes': { type: 'string' },
    'rollup-only': { type: 'boolean', default: false },
  },
});
const url = import.meta.url;
const batchDays = wholeOption(url, '--batch-days', values['batch-days'], {
  min: 1,
});
const batchBytes = wholeOption(url, '--batch-bytes', values['batch-bytes'], {
  min: 1,
});
if (!values.lake && !existsSync(join('data/sample', 'sample.json'))) {
  console.log('generating the default sample in data/sample …');
  await generateSample({ out: 'data/sample' });
}
const lakeDir = values.lake ?? 'data/sample/lake';
const inventoryDir = values.inventory ?? 'data/sample/inventory';
const config = {
  ...DEFAULT_CONFIG,
  rollup: { ...DEFAULT_CONFIG.rollup, batchDays },
};
const log = { info() {}, warn() {}, error() {} };
const { links } = await loadInventory(new FsObjectStore(inventoryDir), config);
const engine = await DuckDbQueryEngine.create({
  lakeDir,
  memoryLimit: values.memory,
  ...(batchBytes !== undefined ? { rollupBatchBytes: batchBytes } : {}),
});
try {
  const traffic = await engine.listPartitions('traffic');
  const asOf = addDays(traffic.at(-1) ?? '2026-01-01', 1);
  const [counted] = await engine.query('SELECT count(*) AS n FROM traffic');
  const load = loadavg()[0]!.toFixed(2);
  // The p95 must be used (summed): DuckDB drops an aggregate nobody
  // reads, and `count(*)` alone timed only the grouping (0.30 s).
  const reference = values['rollup-only']
    ? undefined
    : await timed(() =>
        engine.query(
          `SELECT count(*) AS n, sum(p95) AS total FROM (SELECT link_id, dt,
         approx_percentile(out_bps, 0.95) AS p95 FROM traffic GROUP BY 1, 2)`,
        ),
      );
  const rollup = await timed(() =>
    rollupLake({ engine, log, config }, { asOf, links, days: traffic }),
  );
  const summary = rollup.result;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  console.log(
    [
      `lake: ${lakeDir} (${traffic.length} days, ${Number(counted?.n)} raw rows)`,
      `machine: ${cpus().length} cores, load average ${load} at start`,
      ...(reference
        ? [`reference (one query, link-level daily p95): ${show(reference)}`]
        : []),
      `rollup (${summary.days.length} days, ${summary.batches} batches of ` +
        `≤ ${config.rollup.batchDays} days and ` +
        `≤ ${(engine.rollupBatchBytes / 1e6).toFixed(0)} MB of raw Parquet, ` +
        `${summary.rows} series rows): ` +
        show(rollup),
      ...(reference
        ? [
            `ratio rollup / reference: ${(rollup.wall / reference.wall).toFixed(1)}× ` +
              `wall, ${(rollup.cpu / reference.cpu).toFixed(1)}× CPU (target ≤ 3×)`,
          ]
        : []),
      `load average at end: ${loadavg()[0]!.toFixed(2)}`,
      `peak RSS: ${peakMiB.toFixed(0)} MiB`,
    ].join('\n'),
  );
} finally {
  await engine.close();
}

/** Wall and CPU seconds (user + sys, every thread) of one call. */
async function timed<T>(run: () => Promise<T>) {
  const began = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return {
    result,
    wall: (performance.now() - began) / 1000,
    cpu: (used.user + used.system) / 1e6,
  };
}

function show({ wall, cpu }: { wall: number; cpu: number }) {
  return `${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU`;
}
