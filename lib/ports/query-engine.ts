/** A value in a query result row, already typed by the engine. */
export type SqlValue = string | number | boolean | null;

/** One row of a query result, keyed by column name. */
export type SqlRow = Readonly<Record<string, SqlValue>>;

/** Tables of the lake the SQL refers to by name. */
export type LakeTable = 'traffic' | 'series_daily' | 'quality_daily';

/**
 * Where `unload` writes: a folder of the lake below `runs/` (e.g.
 * `runs/<runId>/series`) and the SELECT's last column, whose values name
 * one sub-folder each (`<prefix>/<partitionBy>=<value>/`), without the
 * column in the files (docs/architecture.md "Shard format").
 */
export interface UnloadTarget {
  readonly prefix: string;
  readonly partitionBy: string;
}

/**
 * The query engine over the lake (Athena in AWS, DuckDB locally). SQL is
 * written once in Athena's (Trino) dialect.
 *
 * @example
 * const rows = await engine.query('SELECT count(*) AS n FROM traffic');
 */
export interface QueryEngine {
  /** Runs a read-only query and returns its rows with typed values. */
  query(sql: string): Promise<SqlRow[]>;
  /**
   * Replaces partition `dt` of `table` with the result of `selectSql`,
   * written as Parquet, so that a rerun of the same day is idempotent.
   */
  replacePartition(
    table: LakeTable,
    dt: string,
    selectSql: string,
  ): Promise<void>;
  /** The `dt` values (`YYYY-MM-DD`) present under `table`, sorted. */
  listPartitions(table: LakeTable): Promise<string[]>;
  /**
   * Writes the rows of `selectSql` as Snappy-compressed Parquet under
   * `target.prefix`, partitioned by its last column, replacing whatever
   * was there (a retried plan writes the same files again). Bulk results
   * never pass through the caller's memory.
   */
  unload(selectSql: string, target: UnloadTarget): Promise<void>;
  /**
   * The bytes of the Parquet files `unload` wrote for one partition value,
   * in file-name order; none when the partition is empty.
   */
  readUnloaded(target: UnloadTarget, value: string): Promise<Uint8Array[]>;
  /** Deletes everything under a prefix `unload` wrote to. */
  removeUnloaded(prefix: string): Promise<void>;
  /** Releases connections; the engine is unusable afterwards. */
  close(): Promise<void>;
}
