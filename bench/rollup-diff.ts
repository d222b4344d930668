/**
 * Whether two lakes hold the same rollup outputs (`npx tsx
 * bench/rollup-diff.ts --a DIR/lake --b DIR/lake`): every day's
 * `series_daily` and `quality_daily` of lake A against lake B, e.g. the
 * same sample rolled up by two versions of the rollup's SQL (each
 * `npm run bench:rollup -- --lake …` rewrites every day). Quality
 * counts, series samples, capacities, peaks and maxima must be equal bit
 * for bit; means may differ in their last bits (`--mean-tolerance`,
 * relative), since DuckDB sums doubles in no fixed order
 * (docs/benchmarks.md). Prints the rows of each table and what differs
 * per column and level, the first few rows that do; exits 1 when
 * anything differs beyond that.
 *
 * Run: npx tsx bench/rollup-diff.ts --a DIR --b DIR [--mean-tolerance 1e-12]
 */
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { sqlString } from '#lib/sql/sql-literals';
import { benchArgs } from './bench-args.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    'mean-tolerance': { type: 'string', default: '1e-12' },
  },
});
if (!values.a || !values.b) {
  console.error('rollup-diff: --a and --b (two lake folders) are required');
  process.exit(2);
}
const tolerance = Number(values['mean-tolerance']);
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const read = (lake: string, table: string) =>
  `read_parquet(${sqlString(join(lake, table, 'dt=*', '*.parquet'))}, ` +
  "hive_partitioning = true, hive_types = {'dt': VARCHAR})";

/** Columns compared exactly, and the one compared within `tolerance`. */
const SERIES_EXACT = ['peak_bps', 'max_bps', 'capacity_bps', 'samples'];
const same = (c: string) => `a.${c} IS NOT DISTINCT FROM b.${c}`;
const meanClose = `(a.mean_bps IS NOT DISTINCT FROM b.mean_bps OR
  abs(a.mean_bps - b.mean_bps) <= ${tolerance} * abs(a.mean_bps))`;

const series = await rows(`
  WITH a AS (SELECT * FROM ${read(values.a, 'series_daily')}),
  b AS (SELECT * FROM ${read(values.b, 'series_daily')})
  SELECT COALESCE(a.level, b.level) AS level,
    count(*) AS rows,
    count_if(a.key IS NULL) AS only_b,
    count_if(b.key IS NULL) AS only_a,
    ${SERIES_EXACT.map((c) => `count_if(a.key IS NOT NULL AND b.key IS NOT NULL AND NOT ${same(c)}) AS ${c}`).join(',\n    ')},
    count_if(a.mean_bps IS DISTINCT FROM b.mean_bps) AS mean_bits,
    count_if(NOT ${meanClose}) AS mean_bps
  FROM a FULL JOIN b USING (dt, level, key)
  GROUP BY 1 ORDER BY 1`);
const quality = await rows(`
  WITH a AS (SELECT * FROM ${read(values.a, 'quality_daily')}),
  b AS (SELECT * FROM ${read(values.b, 'quality_daily')})
  SELECT kind, count(*) AS rows,
    count_if(a."count" IS DISTINCT FROM b."count") AS differ
  FROM a FULL JOIN b USING (dt, link_id, kind)
  GROUP BY 1 ORDER BY 1`);
console.table(series);
console.table(quality);
const bad =
  series.some((r) =>
    ['only_a', 'only_b', ...SERIES_EXACT, 'mean_bps'].some((c) => r[c]! > 0),
  ) || quality.some((r) => r.differ! > 0);
if (bad) await showFirst();
console.log(bad ? 'outputs differ' : 'outputs the same');
process.exit(bad ? 1 : 0);

async function rows(sql: string) {
  const reader = await db.runAndReadAll(sql);
  return reader
    .getRowObjectsJS()
    .map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [
          k,
          typeof v === 'bigint' ? Number(v) : v,
        ]),
      ),
    ) as Record<string, number>[];
}

/** The first rows that differ, each table. */
async function showFirst() {
  console.table(
    await rows(`SELECT dt, level, key, a.peak_bps AS a_peak, b.peak_bps AS b_peak,
      a.samples AS a_samples, b.samples AS b_samples,
      a.capacity_bps AS a_cap, b.capacity_bps AS b_cap
    FROM ${read(values.a!, 'series_daily')} a
    FULL JOIN ${read(values.b!, 'series_daily')} b USING (dt, level, key)
    WHERE NOT (${SERIES_EXACT.map(same).join(' AND ')} AND ${meanClose})
    ORDER BY dt, level, key LIMIT 10`),
  );
  console.table(
    await rows(`SELECT dt, link_id, kind, a."count" AS a, b."count" AS b
    FROM ${read(values.a!, 'quality_daily')} a
    FULL JOIN ${read(values.b!, 'quality_daily')} b USING (dt, link_id, kind)
    WHERE a."count" IS DISTINCT FROM b."count"
    ORDER BY dt, link_id, kind LIMIT 10`),
  );
}
