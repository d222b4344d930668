import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { INVENTORY_KEY } from '#lib/adapters/shared/inventory-parquet';
import { addDays } from '#lib/domain/dates';

/** The shape of a rolled-up lake for scale tests and benchmarks. */
export interface RolledLakeOptions {
  /** Folder that gets `lake/` and `inventory/`. */
  readonly dir: string;
  readonly links: number;
  readonly days: number;
  /** The day after the last day, `YYYY-MM-DD`. */
  readonly end: string;
  /** Links per ISP (default 20): 5 groups of 4 links each. */
  readonly linksPerIsp?: number;
}

const LINK_TABLE = (links: number, perIsp: number) => `CREATE TABLE l AS
SELECT
  i,
  'l' || lpad(CAST(i AS VARCHAR), 7, '0') AS link_id,
  'ISP ' || lpad(CAST(i // ${perIsp} AS VARCHAR), 6, '0') AS isp,
  64512 + i // ${perIsp} AS asn,
  'S' || CAST((i % ${perIsp}) // 4 AS VARCHAR) AS site,
  100e9 AS capacity_bps,
  0.25 + 0.35 * ((hash(i) % 1000) / 1000.0) AS base,
  -0.1 + 0.5 * ((hash(i + 7) % 1000) / 1000.0) AS growth
FROM range(${links}) t(i)`;

const LINK_ROWS = (days: number, start: string) => `CREATE VIEW link_rows AS
SELECT
  j,
  CAST(DATE '${start}' + CAST(j AS INTEGER) AS VARCHAR) AS dt,
  l.link_id, l.isp, l.isp || '/' || l.site || '/pni' AS grp,
  l.capacity_bps * l.base * exp(l.growth * j / 365.0)
    * (1 + 0.05 * sin(2 * pi() * j / 7))
    * (1 + 0.04 * ((hash(l.i * 100003 + j) % 1000) / 1000.0 - 0.5))
    AS peak_bps,
  l.capacity_bps
FROM l CROSS JOIN range(${days}) d(j)`;

/** The rows of `series_daily` for the days in `rows` (a link_rows query). */
const SERIES = (rows: string) => `WITH r AS (${rows})
SELECT dt, 'link' AS level, link_id AS key, peak_bps,
  peak_bps * 1.1 AS max_bps, peak_bps * 0.6 AS mean_bps, capacity_bps,
  CAST(288 AS BIGINT) AS samples FROM r
UNION ALL
SELECT dt, 'group', grp, sum(peak_bps), sum(peak_bps) * 1.1,
  sum(peak_bps) * 0.6, sum(capacity_bps), CAST(288 AS BIGINT)
FROM r GROUP BY dt, grp
UNION ALL
SELECT dt, 'isp', isp, sum(peak_bps), sum(peak_bps) * 1.1,
  sum(peak_bps) * 0.6, sum(capacity_bps), CAST(288 AS BIGINT)
FROM r GROUP BY dt, isp`;

/**
 * Days per COPY: a run's rollup writes a batch of at most 31 days, one
 * file per day. One COPY of every day kept DuckDB's 100 files open at a
 * time (`partitioned_write_max_open_files`) and wrote up to 45 files a
 * day at 50,000 links, which every later read of the lake paid for.
 */
const BATCH_DAYS = 31;

/**
 * Writes a lake that holds only rollups (`series_daily`, `quality_daily`,
 * no raw traffic, as after raw data expired), the inventory they were
 * grouped by (`inventory_links`) and its `links.csv`, with
 * DuckDB generating the daily peaks: N links, 20 per ISP in groups of 4,
 * each growing at its own rate with a weekly ripple and noise. Group and
 * ISP peaks are the sums of their links'. 10,000 links × 730 days take
 * a few minutes on two shared cores.
 *
 * @param options - folder, links, days and the day after the last
 * @returns when written
 * @example
 * await writeRolledLake({ dir: '/tmp/scale', links: 10_000, days: 730,
 *   end: '2026-11-26' });
 */
export async function writeRolledLake(
  options: RolledLakeOptions,
): Promise<void> {
  const { dir, links, days, end } = options;
  const start = addDays(end, -days);
  const lake = join(dir, 'lake');
  await mkdir(join(dir, 'inventory'), { recursive: true });
  await mkdir(lake, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    await db.run("SET memory_limit = '1GB'");
    await db.run('SET preserve_insertion_order = false');
    await db.run(LINK_TABLE(links, options.linksPerIsp ?? 20));
    await db.run(LINK_ROWS(days, start));
    for (let from = 0; from < days; from += BATCH_DAYS) {
      await writeBatch(db, lake, from);
    }
    await writeInventories(db, dir);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/**
 * The rollups of `BATCH_DAYS` days from day `from` (`series_daily` and
 * `quality_daily`), one file a day as a run's rollup writes them.
 */
async function writeBatch(db: DuckDBConnection, lake: string, from: number) {
  const rows = `SELECT * FROM link_rows WHERE j >= ${from} AND j < ${from + BATCH_DAYS}`;
  await db.run(
    `COPY (${SERIES(rows)}) TO '${join(lake, 'series_daily')}' ` +
      '(FORMAT parquet, PARTITION_BY (dt), OVERWRITE_OR_IGNORE)',
  );
  await db.run(
    `COPY (SELECT dt, link_id, 'missing_samples' AS kind, ` +
      `CAST(2 AS BIGINT) AS "count" FROM (${rows}) WHERE hash(link_id) % 50 = 0) ` +
      `TO '${join(lake, 'quality_daily')}' (FORMAT parquet, ` +
      'PARTITION_BY (dt), OVERWRITE_OR_IGNORE)',
  );
}

/**
 * The inventory the rollups grouped by (`inventory_links`), as a run's
 * rollup leaves it, and the links.csv it came from.
 */
async function writeInventories(db: DuckDBConnection, dir: string) {
  const lake = join(dir, 'lake');
  await mkdir(join(lake, 'inventory_links'), { recursive: true });
  await db.run(
    `COPY (SELECT link_id, isp, isp || '/' || site || '/pni' AS grp, ` +
      'CAST(capacity_bps AS DOUBLE) AS capacity_bps FROM l ORDER BY i) ' +
      `TO '${join(lake, INVENTORY_KEY)}' (FORMAT parquet)`,
  );
  await db.run(
    `COPY (SELECT link_id, isp, asn, site, 'EMEA' AS region, 'pni' AS link_type, ` +
      'CAST(capacity_bps AS BIGINT) AS capacity_bps, NULL AS "group", ' +
      'NULL AS port_bps, NULL AS lead_time_days, NULL AS owner ' +
      `FROM l ORDER BY i) TO '${join(dir, 'inventory', 'links.csv')}' (HEADER)`,
  );
}
