/** A value in a query result row, already typed by the engine. */
export type SqlValue = string | number | boolean | null;

/** One row of a query result, keyed by column name. */
export type SqlRow = Readonly<Record<string, SqlValue>>;

/** Tables of the lake the SQL refers to by name. */
export type LakeTable = 'traffic' | 'series_daily' | 'quality_daily';

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
  /** Releases connections; the engine is unusable afterwards. */
  close(): Promise<void>;
}
