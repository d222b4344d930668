import type { UnreadableFile } from '#lib/domain/unreadable-file';
import type {
  LakeTable,
  PartitionListing,
  PartitionMarker,
  PartitionWrite,
} from './lake-partitions.ts';

/** A value in a query result row, already typed by the engine. */
export type SqlValue = string | number | boolean | null;

/** One row of a query result, keyed by column name. */
export type SqlRow = Readonly<Record<string, SqlValue>>;

export type { UnreadableFile } from '#lib/domain/unreadable-file';
export type {
  LakeTable,
  PartitionFile,
  PartitionListing,
  PartitionMarker,
  PartitionOutput,
  PartitionWrite,
} from './lake-partitions.ts';

/** One link of the inventory as the query engine reads it. */
export interface InventoryRow {
  readonly linkId: string;
  readonly isp: string;
  /** The capacity group's key (the inventory's or the default one). */
  readonly group: string;
  readonly capacityBps: number;
}

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

/** One partition an unload wrote: its value, data files and their bytes. */
export interface UnloadedPartition {
  readonly value: string;
  readonly files: number;
  readonly bytes: number;
}

/**
 * The query engine over the lake (Athena in AWS, DuckDB locally). SQL is
 * written once in Athena's (Trino) dialect.
 *
 * @example
 * const rows = await engine.query('SELECT count(*) AS n FROM traffic');
 */
export interface QueryEngine {
  /**
   * The raw traffic bytes a rollup batch should hold at most on this
   * engine, beside the scan cutoff (`rollup.scanBytes`); none when only
   * that cutoff bounds it (Athena). A batch always holds at least a day.
   */
  readonly rollupBatchBytes?: number;
  /** Runs a read-only query and returns its rows with typed values. */
  query(sql: string): Promise<SqlRow[]>;
  /**
   * Runs a read-only query and yields its rows, typed as `query`'s and
   * in its order, a page of at most `pageRows` at a time as they are
   * read, so that a caller that writes them on never holds them all.
   * Stopping early releases the query.
   */
  queryPages(sql: string, pageRows: number): AsyncIterable<SqlRow[]>;
  /**
   * Replaces the request's days in each output table: old markers go
   * first (a write killed midway leaves those days without one), then
   * the files, then one marker per day and table.
   *
   * @returns the markers written, per table
   */
  writePartitions(
    request: PartitionWrite,
  ): Promise<Readonly<Partial<Record<LakeTable, PartitionMarker[]>>>>;
  /** The `dt` values (`YYYY-MM-DD`) with data files under `table`, sorted. */
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
  /**
   * Every partition `unload` wrote under the target, with its data files'
   * count and bytes (no file is read), so that a reader can tell files
   * removed after the unload from a partition that was never written.
   */
  describeUnloaded(target: UnloadTarget): Promise<UnloadedPartition[]>;
  /** Deletes everything under a prefix `unload` wrote to. */
  removeUnloaded(prefix: string): Promise<void>;
  /** Every `dt=` folder of `table` with its files and marker, sorted. */
  describePartitions(table: LakeTable): Promise<PartitionListing[]>;
  /**
   * Checks the traffic files of these days once each; files that cannot
   * be read or have a column of a type the contract refuses are left out
   * of `traffic` from now on (a file lacking a column is read, the column
   * NULL, as Athena reads it, and returned with the columns its rows
   * need that it lacks, `missing`, when it lacks `ts`, `out_bps` or
   * `link_id`). Engines that cannot check (Athena) return none.
   */
  checkTraffic(days: readonly string[]): Promise<UnreadableFile[]>;
  /** Writes the inventory the SQL reads as `inventory_links` (Parquet). */
  writeInventory(rows: readonly InventoryRow[]): Promise<void>;
  /** Releases connections; the engine is unusable afterwards. */
  close(): Promise<void>;
}
