import { UsageError } from '#lib/errors';
import type { Logger } from '#lib/ports/logger';
import { DUCKDB_MACROS } from '#lib/sql/duckdb-macros';
import { sqlString } from '#lib/sql/sql-literals';

/** Where the lake is, and how much DuckDB may use. */
export interface DuckDbQueryEngineOptions {
  /**
   * Folder holding `traffic/`, `series_daily/`, `quality_daily/` and the
   * inventory the pipeline writes (`inventory_links/`).
   */
  readonly lakeDir: string;
  /**
   * Folder `unload` writes its `runs/…` prefixes under (default
   * `lakeDir`): a backtest split locally unloads into its own temporary
   * folder, so that the lake stays read-only to it.
   */
  readonly unloadDir?: string;
  /** DuckDB `memory_limit` (default `2GB`); DuckDB spills beyond it. */
  readonly memoryLimit?: string;
  /** DuckDB worker threads (default: DuckDB's, one per core). */
  readonly threads?: number;
  /**
   * Raw traffic bytes per rollup batch (default
   * {@link DEFAULT_ROLLUP_BATCH_BYTES}).
   */
  readonly rollupBatchBytes?: number;
  /**
   * Where traffic files read with columns of the contract missing are
   * named (none: not named). Athena reads them the same way, unseen.
   */
  readonly log?: Pick<Logger, 'warn'>;
}

/**
 * Raw Parquet bytes of traffic per local rollup batch: about a million
 * rows. The rollup's groupings have about a group per raw row, and their
 * cost per row grows with the batch beyond that: at 1,000 links
 * (4.4 MB a day) batches of 1, 3, 7 and 31 days took 24.2, 27.0, 32.8
 * and 43.9 CPU-s for the same 60 days; at 10,000 links (43 MB a day)
 * one day per batch took 169 CPU-s for 39 days, 31 days per batch 404
 * (docs/benchmarks.md). The sample's 31-day batches are 13 MB.
 */
export const DEFAULT_ROLLUP_BATCH_BYTES = 16_000_000;

/**
 * The raw traffic bytes per rollup batch the options ask for, or the
 * default.
 *
 * @param options - folders and limits
 * @returns a positive number of bytes
 * @throws UsageError for a `rollupBatchBytes` that is not a positive number
 * @example
 * resolveRollupBatchBytes({ lakeDir: 'lake' }); // 16_000_000
 */
export function resolveRollupBatchBytes(
  options: DuckDbQueryEngineOptions,
): number {
  const bytes = options.rollupBatchBytes;
  if (bytes !== undefined && !(Number.isFinite(bytes) && bytes > 0)) {
    throw new UsageError(
      `rollupBatchBytes must be a positive number of bytes, got ${bytes}`,
    );
  }
  return bytes ?? DEFAULT_ROLLUP_BATCH_BYTES;
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
    // GLOBAL: each statement runs on a connection of its own (`runDuckDb`),
    // and a plain SET of the zone holds for its connection only.
    "SET GLOBAL TimeZone = 'UTC'",
    // The SQL orders its results itself; this lets COPY stream.
    'SET preserve_insertion_order = false',
    // DuckDB keeps a copy of every Parquet file it reads (by default): the
    // plan's copy of the window's series_daily (350 MB at 10,000 links,
    // growing with the fleet up to the memory limit) stayed resident
    // beside the shards' worker threads. The files are local, and the
    // operating system's page cache already holds them
    // (docs/architecture.md "Benchmarks").
    'SET enable_external_file_cache = false',
    // DuckDB rewrites a window into a grouping joined back to its input
    // (`window_self_join`), and the input is planned again: the quality
    // rollup's phase window over its rows per minute grouped every stamp
    // per minute twice: 4–13 % of that query's CPU. Only the rollup's SQL
    // has windows (docs/architecture.md "Rolling up").
    "SET disabled_optimizers = 'window_self_join'",
    ...(options.threads
      ? [`SET threads = ${Math.trunc(options.threads)}`]
      : []),
    ...DUCKDB_MACROS,
    `CREATE OR REPLACE TABLE inventory_links AS ${EMPTY_INVENTORY}`,
  ];
}
