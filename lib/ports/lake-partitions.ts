/**
 * The lake's partitions as the rollup writes and lists them: a `dt=`
 * folder of a table, its data files and its marker (docs/architecture.md
 * "Rolling up").
 */

import type { LakeTable } from '#lib/domain/vocabulary';

/** Tables of the lake the SQL refers to by name. */
export type { LakeTable };

/** A data file of a lake partition. */
export interface PartitionFile {
  /** File name inside the `dt=` folder. */
  readonly name: string;
  readonly bytes: number;
}

/**
 * What a partition's marker records: the write that completed the day.
 * A day is done only when its marker exists and still matches its files.
 */
export interface PartitionMarker {
  readonly dt: string;
  /** Rows written, when the engine reports them (DuckDB); else null. */
  readonly rows: number | null;
  /** The data files written (none for a day with no rows). */
  readonly files: readonly PartitionFile[];
  /** The engine's query id (Athena), for tracing the write. */
  readonly queryId?: string;
  /** The writer's tag: which grouping and options the day was rolled with. */
  readonly tag: string;
  /**
   * Traffic files of the day the engine could not read, left out of this
   * write, or read lacking a column their rows need: the day is rolled up
   * again on every run until they are gone or readable, and they are
   * reported again (docs/architecture.md "Rolling up").
   */
  readonly leftOut?: readonly string[];
  /**
   * The day's traffic files as listed before the write: a file added
   * since (or replaced) makes the day rolled up again, so that traffic
   * arriving after `rollup.lateDays` is not passed over. Only in
   * `series_daily`'s markers (the ones `planRollup` compares), not in
   * older versions'.
   */
  readonly read?: readonly PartitionFile[];
  readonly writtenAt: string;
}

/** One `dt=` folder of a lake table: its data files and its marker. */
export interface PartitionListing {
  readonly dt: string;
  readonly files: readonly PartitionFile[];
  /** The marker, when present and readable. */
  readonly marker?: PartitionMarker;
}

/** One output of a batched rollup write. */
export interface PartitionOutput {
  readonly table: LakeTable;
  /** A SELECT whose last column is `dt`; it may read `rollup_stamps`. */
  readonly select: string;
}

/** A batched, partitioned write: many days per query, one folder a day. */
export interface PartitionWrite {
  /** The days replaced; every one gets a fresh marker, rows or not. */
  readonly days: readonly string[];
  /** Recorded in each marker (see `PartitionMarker.tag`). */
  readonly tag: string;
  /** Per day, the traffic files left out (see `PartitionMarker.leftOut`). */
  readonly leftOut?: Readonly<Record<string, readonly string[]>>;
  /** Per day, the traffic files listed (see `PartitionMarker.read`). */
  readonly read?: Readonly<Record<string, readonly PartitionFile[]>>;
  /**
   * A SELECT the outputs read as the relation `rollup_stamps`: computed
   * once where the engine allows it (DuckDB), else at each reading of it
   * by an output (Athena runs a WITH query wherever it is read).
   */
  readonly stage: string;
  readonly outputs: readonly PartitionOutput[];
}
