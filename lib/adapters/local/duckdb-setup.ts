import { DUCKDB_MACROS } from '#lib/sql/duckdb-macros';
import { sqlString } from '#lib/sql/sql-literals';

/** Where the lake is, and how much DuckDB may use. */
export interface DuckDbQueryEngineOptions {
  /**
   * Folder holding `traffic/`, `series_daily/`, `quality_daily/` and the
   * inventory the pipeline writes (`inventory_links/`).
   */
  readonly lakeDir: string;
  /** DuckDB `memory_limit` (default `2GB`); DuckDB spills beyond it. */
  readonly memoryLimit?: string;
  /** DuckDB worker threads (default: DuckDB's, one per core). */
  readonly threads?: number;
}

/** The inventory table's columns when no inventory was written yet. */
export const EMPTY_INVENTORY =
  'SELECT CAST(NULL AS VARCHAR) AS link_id, CAST(NULL AS VARCHAR) AS isp, ' +
  'CAST(NULL AS VARCHAR) AS grp, CAST(NULL AS DOUBLE) AS capacity_bps ' +
  'WHERE false';

/**
 * The statements that prepare a fresh DuckDB database: limits, the Trino
 * compatibility macros and an empty `inventory_links` table.
 *
 * @param options - folders and limits
 * @returns SQL statements, to run in order
 * @example
 * for (const sql of setupStatements(options)) await connection.run(sql);
 */
export function setupStatements(options: DuckDbQueryEngineOptions): string[] {
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
    `CREATE OR REPLACE TABLE inventory_links AS ${EMPTY_INVENTORY}`,
  ];
}
