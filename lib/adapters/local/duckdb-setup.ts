import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LINK_CSV_COLUMNS } from '#lib/domain/inventory';
import { DUCKDB_MACROS } from '#lib/sql/duckdb-macros';
import { sqlString } from '#lib/sql/sql-literals';

/** Where the lake and inventory are, and how much DuckDB may use. */
export interface DuckDbQueryEngineOptions {
  /** Folder holding `traffic/`, `series_daily/`, `quality_daily/`. */
  readonly lakeDir: string;
  /** Folder holding `links.csv`. */
  readonly inventoryDir: string;
  /** DuckDB `memory_limit` (default `2GB`); DuckDB spills beyond it. */
  readonly memoryLimit?: string;
  /** DuckDB worker threads (default: DuckDB's, one per core). */
  readonly threads?: number;
}

/**
 * The statements that prepare a fresh DuckDB connection: limits, the
 * Trino compatibility macros and the `links` table.
 *
 * @param options - folders and limits
 * @returns SQL statements, to run in order
 * @example
 * for (const sql of setupStatements(options)) await connection.run(sql);
 */
export function setupStatements(options: DuckDbQueryEngineOptions): string[] {
  const csv = join(options.inventoryDir, 'links.csv');
  return [
    `SET memory_limit = ${sqlString(options.memoryLimit ?? '2GB')}`,
    // The lake is UTC: hour() of a TIMESTAMPTZ must not follow the machine.
    "SET TimeZone = 'UTC'",
    // The SQL orders its results itself; this lets COPY stream.
    'SET preserve_insertion_order = false',
    ...(options.threads
      ? [`SET threads = ${Math.trunc(options.threads)}`]
      : []),
    ...DUCKDB_MACROS,
    linksTableSql(csv, existsSync(csv)),
  ];
}

/**
 * The DuckDB table `links` from `links.csv`, every column VARCHAR as in
 * the Glue table, with every contract column (NULL where the CSV leaves
 * an optional one out); empty when the file is missing. It is a table, read once when the engine opens, not a view:
 * the inventory does not change during a run, and parsing the CSV again
 * in every day's two queries cost a quarter of the rollup's time.
 *
 * @param csvPath - path of `links.csv`
 * @param exists - whether the file exists
 * @returns a CREATE TABLE statement
 * @example
 * await connection.run(linksTableSql('./inventory/links.csv', true));
 */
export function linksTableSql(csvPath: string, exists: boolean): string {
  const empty = `SELECT ${LINK_CSV_COLUMNS.map((c) => `CAST(NULL AS VARCHAR) AS "${c}"`).join(', ')} WHERE false`;
  // By name, so that optional columns left out of the CSV are NULL.
  const body = exists
    ? `${empty} UNION ALL BY NAME SELECT * FROM read_csv(` +
      `${sqlString(csvPath)}, header = true, all_varchar = true)`
    : empty;
  return `CREATE OR REPLACE TABLE links AS ${body}`;
}
