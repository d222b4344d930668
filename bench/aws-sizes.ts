/**
 * Estimates the bytes Athena scans for a rollup batch and one forecast run
 * at 10,000 links with 5-minute samples, from Parquet sizes measured on a
 * generated sample of `links` links (default 500) × 2 days. Athena reads
 * only the columns a query names, from the partitions its `dt` filter
 * keeps, and bills at least 10 MB per query.
 *
 * Run: npx tsx bench/aws-sizes.ts [links]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { unloadSql } from '#lib/adapters/aws/athena-partition-writer';
import { DEFAULT_CONFIG } from '#lib/config';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { generateSample } from '#lib/sample/generate-sample';
import { rollupQualitySql } from '#lib/sql/rollup-quality';
import { rollupSeriesSql } from '#lib/sql/rollup-series';
import { rollupStageSql } from '#lib/sql/rollup-stage';
import { scansOf } from '#lib/sql/scans';
import { buildLocalDeps } from '#lib/wiring/local';
import { benchArgs, wholeOption } from './bench-args.ts';

const { positionals } = benchArgs(import.meta.url, {
  options: {},
  allowPositionals: true,
});
const links = wholeOption(import.meta.url, 'links', positionals[0] ?? '500', {
  min: 1,
});
const TARGET = 10_000;
const MB = 1024 * 1024;
const dir = await mkdtemp(join(tmpdir(), 'aws-sizes-'));
await generateSample({ out: dir, links, days: 2, seed: 11, end: '2026-11-25' });
const quiet = { info() {}, warn() {}, error() {} };
const deps = await buildLocalDeps({
  lake: join(dir, 'lake'),
  inventory: join(dir, 'inventory'),
  out: join(dir, 'out'),
  config: DEFAULT_CONFIG,
  log: quiet,
  memoryLimit: '1GB',
});
await rollupStage(deps, { asOf: '2026-11-26' });
await deps.engine.close();

const duck = await (await DuckDBInstance.create(':memory:')).connect();
/** Compressed bytes per column of one day's files, re-written as Athena's UNLOAD would (Snappy). */
async function columnBytes(table: string, dt: string) {
  const source = join(dir, 'lake', table, `dt=${dt}`, '*.parquet');
  const snappy = join(dir, `${table}.parquet`);
  await duck.run(
    `COPY (SELECT * FROM read_parquet('${source}')) TO '${snappy}' (FORMAT parquet, COMPRESSION snappy)`,
  );
  const reader = await duck.runAndReadAll(
    `SELECT path_in_schema AS col, sum(total_compressed_size)::BIGINT AS bytes, max(num_values)::BIGINT AS n FROM parquet_metadata('${snappy}') GROUP BY 1`,
  );
  const rows = reader.getRowObjects();
  const rowCount = await duck.runAndReadAll(
    `SELECT count(*)::BIGINT AS n FROM read_parquet('${snappy}')`,
  );
  return {
    columns: Object.fromEntries(
      rows.map((r) => [String(r.col), Number(r.bytes)]),
    ),
    rows: Number(rowCount.getRowObjects()[0]?.n),
  };
}
const sum = (cols: Record<string, number>, names: string[]) =>
  names.reduce((total, name) => total + (cols[name] ?? 0), 0);
const scale = TARGET / links;
const traffic = await columnBytes('traffic', '2026-11-25');
const series = await columnBytes('series_daily', '2026-11-25');
const quality = await columnBytes('quality_daily', '2026-11-25');
const linksCsv = (await stat(join(dir, 'inventory', 'links.csv'))).size;

const trafficDay =
  sum(traffic.columns, ['ts', 'link_id', 'out_bps', 'capacity_bps']) * scale;
const seriesDay =
  sum(series.columns, [
    'level',
    'key',
    'peak_bps',
    'max_bps',
    'mean_bps',
    'capacity_bps',
    'samples',
  ]) * scale;
const qualityDay = sum(quality.columns, ['link_id', 'kind', 'count']) * scale;
const inventory = linksCsv * scale;
const billed = (bytes: number) => Math.max(10 * MB, Math.ceil(bytes / MB) * MB);
// Rollup: one UNLOAD per output and batch; Athena runs the stage (a pass
// over the batch's four traffic columns) at every reading of it
// (docs/architecture.md "Rolling up"), and each reads the inventory.
const stage = rollupStageSql(['2026-01-01'], { spikeFactor: 1.5 });
const reads = [rollupSeriesSql(), rollupQualitySql()].map((select) =>
  scansOf(
    unloadSql(stage, { table: 'series_daily', select }, 's3://x/'),
    'traffic',
  ),
);
const rollupBatch = (days: number) =>
  reads.map((n) => n * trafficDay * days + inventory);
const { batchDays, lateDays } = DEFAULT_CONFIG.rollup;
const history = DEFAULT_CONFIG.historyDays;
// Forecast run: the catch-up re-rolls the last `lateDays` days in one
// batch, then the plan reads the history.
const forecastQueries = [
  ...rollupBatch(lateDays),
  seriesDay * history,
  qualityDay * history,
  sum(series.columns, ['level', 'key']) * scale * history,
];
const fmt = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
console.log(
  JSON.stringify(
    {
      measuredLinks: links,
      trafficRowsPerDay: traffic.rows,
      trafficColumnBytes: traffic.columns,
      seriesRowsPerDay: series.rows,
      seriesColumnBytes: series.columns,
      qualityColumnBytes: quality.columns,
      linksCsvBytes: linksCsv,
    },
    null,
    1,
  ),
);
console.log(`At ${TARGET} links (x${scale}):`);
console.log(
  `  traffic day, 4 columns read: ${fmt(trafficDay)} (${(trafficDay / TARGET / 288).toFixed(2)} B/sample)`,
);
console.log(
  `  series_daily day: ${fmt(seriesDay)}; quality_daily day: ${fmt(qualityDay)}; links.csv ${fmt(inventory)}`,
);
const catchUp = rollupBatch(batchDays);
console.log(
  `  rollup: traffic read ${reads.join(' + ')} times per batch (series, quality); ` +
    `a batch of ${batchDays} days scans ${fmt(catchUp.reduce((a, b) => a + b))}, ` +
    `${fmt(catchUp.reduce((a, b) => a + b) / batchDays)} per day, the larger query ${fmt(Math.max(...catchUp))}`,
);
console.log(
  `  forecast run scans ${fmt(forecastQueries.reduce((a, b) => a + b))}, billed ${fmt(forecastQueries.map(billed).reduce((a, b) => a + b))} (history ${history} days)`,
);
await rm(dir, { recursive: true, force: true });
