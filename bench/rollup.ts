/**
 * Rollup benchmark: rolls up every day of a lake with the local DuckDB
 * engine and prints raw rows, series rows, seconds, rows/s and peak RSS.
 * Without `--lake`, it first builds a synthetic lake of 100 links × 30
 * days × 288 samples (with some NaN, duplicate, zero and spike rows) in a
 * temporary folder, with DuckDB SQL.
 *
 * Run: npx tsx bench/rollup.ts [--lake DIR --inventory DIR] [--days D]
 *      [--links N] [--memory 1GB] [--concurrency 2]
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { rollupLake } from '#lib/pipeline/rollup';

const { values } = parseArgs({
  options: {
    lake: { type: 'string' },
    inventory: { type: 'string' },
    links: { type: 'string', default: '100' },
    days: { type: 'string', default: '30' },
    memory: { type: 'string', default: '1GB' },
    concurrency: { type: 'string', default: '2' },
  },
});
const FIRST_DAY = '2026-01-01';

/** Writes traffic/dt=…/ and links.csv with DuckDB, 2 links per group. */
async function buildLake(dir: string, links: number, days: number) {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await mkdir(join(dir, 'inventory'), { recursive: true });
  await mkdir(join(dir, 'lake'), { recursive: true });
  await db.run(`COPY (
    SELECT 'l' || i AS link_id, 'isp' || (i // 4) AS isp, 64500 + i // 4 AS asn,
      'S' || (i // 2 % 2) AS site, 'EMEA' AS region, 'pni' AS link_type,
      100e9 AS capacity_bps, '' AS "group", '' AS port_bps,
      '' AS lead_time_days, '' AS owner
    FROM range(${links}) r(i)
  ) TO '${join(dir, 'inventory', 'links.csv')}' (HEADER, DELIMITER ',')`);
  await db.run(`COPY (
    SELECT ts, link_id, out_bps, out_bps / 3 AS in_bps, 100e9 AS capacity_bps,
      strftime(ts, '%Y-%m-%d') AS dt
    FROM (
      SELECT ts, 'l' || i AS link_id,
        CASE WHEN n % 5003 = 0 THEN 'NaN'::DOUBLE
             WHEN n % 7001 = 0 THEN 0
             WHEN n % 9001 = 0 THEN 1e12
             ELSE 30e9 + 20e9 * sin(2 * pi() * hour(ts) / 24) + (n % 97) * 1e8
        END AS out_bps
      FROM range(${links}) l(i),
        generate_series(TIMESTAMP '${FIRST_DAY}',
          TIMESTAMP '${FIRST_DAY}' + INTERVAL ${days} DAY - INTERVAL 5 MINUTE,
          INTERVAL 5 MINUTE) s(ts),
        LATERAL (SELECT hash(i, ts) AS n)
      UNION ALL
      -- a few duplicated rows
      SELECT ts, 'l0', 1e9 FROM generate_series(TIMESTAMP '${FIRST_DAY}',
        TIMESTAMP '${FIRST_DAY}' + INTERVAL ${days} DAY - INTERVAL 1 HOUR,
        INTERVAL 1 HOUR) s(ts)
    )
  ) TO '${join(dir, 'lake', 'traffic')}' (FORMAT parquet, PARTITION_BY (dt))`);
  db.closeSync();
  instance.closeSync();
}

const temporary = values.lake
  ? undefined
  : await mkdtemp(join(tmpdir(), 'headroom-rollup-bench-'));
try {
  if (temporary) {
    const built = performance.now();
    await buildLake(temporary, Number(values.links), Number(values.days));
    const took = ((performance.now() - built) / 1000).toFixed(2);
    console.log(`synthetic lake built in ${took} s`);
  }
  const lakeDir = values.lake ?? join(temporary!, 'lake');
  const inventoryDir = values.inventory ?? join(temporary!, 'inventory');
  const engine = await DuckDbQueryEngine.create({
    lakeDir,
    inventoryDir,
    memoryLimit: values.memory,
  });
  const traffic = await engine.listPartitions('traffic');
  const asOf = addDays(traffic.at(-1) ?? FIRST_DAY, 1);
  const [counted] = await engine.query('SELECT count(*) AS n FROM traffic');
  const rawRows = Number(counted?.n ?? 0);
  const log = { info() {}, warn() {}, error() {} };
  const cpu = process.cpuUsage();
  const summary = await rollupLake(
    { engine, log, config: DEFAULT_CONFIG },
    { asOf, days: traffic, concurrency: Number(values.concurrency) },
  );
  const { user, system } = process.cpuUsage(cpu);
  await engine.close();
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  console.log(
    [
      `rollup: ${summary.days.length} days, memory_limit ${values.memory}, ` +
        `${values.concurrency} days at once`,
      `raw rows: ${rawRows}`,
      `series rows: ${summary.rows}`,
      `seconds: ${summary.seconds.toFixed(2)}`,
      `raw rows/s: ${Math.round(rawRows / summary.seconds)}`,
      `CPU seconds (all threads): ${((user + system) / 1e6).toFixed(2)}`,
      `peak RSS: ${peakMiB.toFixed(0)} MiB`,
    ].join('\n'),
  );
} finally {
  if (temporary) await rm(temporary, { recursive: true, force: true });
}
