/**
 * Rollup benchmark (`npm run bench:rollup`): in one run, on the same
 * files, times the one-query reference (link-level daily p95 of every
 * day, one plain DuckDB query) and the whole batched rollup of every day
 * (series at three levels and quality, markers included), and prints
 * the ratio. Without `--lake`, it uses the default sample in
 * `data/sample`, generating it when missing.
 *
 * Run: npm run bench:rollup -- [--lake DIR --inventory DIR]
 *      [--memory 4GB] [--batch-days 31]
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { loadInventory } from '#lib/pipeline/load-inventory';
import { rollupLake } from '#lib/pipeline/rollup';
import { generateSample } from '#lib/sample/index';

const { values } = parseArgs({
  options: {
    lake: { type: 'string' },
    inventory: { type: 'string' },
    memory: { type: 'string', default: '4GB' },
    'batch-days': { type: 'string', default: '31' },
  },
});
if (!values.lake && !existsSync(join('data/sample', 'sample.json'))) {
  console.log('generating the default sample in data/sample …');
  await generateSample({ out: 'data/sample' });
}
const lakeDir = values.lake ?? 'data/sample/lake';
const inventoryDir = values.inventory ?? 'data/sample/inventory';
const config = {
  ...DEFAULT_CONFIG,
  rollup: { ...DEFAULT_CONFIG.rollup, batchDays: Number(values['batch-days']) },
};
const log = { info() {}, warn() {}, error() {} };
const { links } = await loadInventory(new FsObjectStore(inventoryDir), config);
const engine = await DuckDbQueryEngine.create({
  lakeDir,
  memoryLimit: values.memory,
});
try {
  const traffic = await engine.listPartitions('traffic');
  const asOf = addDays(traffic.at(-1) ?? '2026-01-01', 1);
  const [counted] = await engine.query('SELECT count(*) AS n FROM traffic');
  const load = loadavg()[0]!.toFixed(2);
  let began = performance.now();
  await engine.query(
    `SELECT count(*) AS n FROM (SELECT link_id, dt,
       approx_percentile(out_bps, 0.95) AS p95 FROM traffic GROUP BY 1, 2)`,
  );
  const reference = (performance.now() - began) / 1000;
  began = performance.now();
  const summary = await rollupLake(
    { engine, log, config },
    { asOf, links, days: traffic },
  );
  const rollup = (performance.now() - began) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  console.log(
    [
      `lake: ${lakeDir} (${traffic.length} days, ${Number(counted?.n)} raw rows)`,
      `machine: ${cpus().length} cores, load average ${load} at start`,
      `reference (one query, link-level daily p95): ${reference.toFixed(2)} s`,
      `rollup (${summary.days.length} days, ${summary.batches} batches of ` +
        `≤ ${config.rollup.batchDays} days, ${summary.rows} series rows): ` +
        `${rollup.toFixed(2)} s`,
      `ratio rollup / reference: ${(rollup / reference).toFixed(1)}× (target ≤ 3×)`,
      `peak RSS: ${peakMiB.toFixed(0)} MiB`,
    ].join('\n'),
  );
} finally {
  await engine.close();
}
