import type { DuckDBInstance } from '@duckdb/node-api';
import type {
  InventoryRow,
  LakeTable,
  PartitionWrite,
  QueryEngine,
  SqlRow,
  UnloadTarget,
  UnreadableFile,
} from '#lib/ports/query-engine';
import { writeInventoryTable } from './duckdb-inventory.ts';
import {
  describePartitionFolders,
  listPartitionDays,
} from './duckdb-lake-files.ts';
import { DuckDbLakeViews } from './duckdb-lake-views.ts';
import { duckDbPages } from './duckdb-pages.ts';
import { runDuckDb } from './duckdb-run.ts';
import {
  type DuckDbQueryEngineOptions,
  resolveRollupBatchBytes,
} from './duckdb-setup.ts';
import {
  describeUnloadedFolder,
  readUnloadedFiles,
  removeUnloadedFolder,
} from './duckdb-unload.ts';
import { toSqlRows } from './duckdb-values.ts';
import { openDuckDb } from './open-duckdb.ts';
import { unloadFolder, unloadInto } from './unload-into.ts';
import { writeDuckDbPartitions } from './write-duckdb-partitions.ts';

/**
 * The local `QueryEngine`: an in-memory DuckDB over a folder of Parquet
 * files, with the Trino functions our SQL uses defined as macros, so the
 * SQL written for Athena runs unchanged (docs/architecture.md).
 *
 * @example
 * const engine = await DuckDbQueryEngine.create({ lakeDir: './data/lake' });
 * const rows = await engine.query('SELECT count(*) AS n FROM traffic');
 * await engine.close();
 */
export class DuckDbQueryEngine implements QueryEngine {
  private readonly views: DuckDbLakeViews;
  /** Runs one statement on the database. */
  private readonly run: (sql: string) => Promise<unknown>;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly options: DuckDbQueryEngineOptions,
    readonly rollupBatchBytes: number,
  ) {
    this.views = new DuckDbLakeViews(options.lakeDir, instance, options.log);
    this.run = (sql) => runDuckDb(instance, sql);
  }

  /**
   * Opens DuckDB, applies the limits, installs the macros and the views.
   *
   * @param options - the lake folder and limits
   * @returns the ready engine
   * @throws QueryError when DuckDB cannot be set up; UsageError for a
   *   `rollupBatchBytes` that is not a positive number
   * @example
   * await DuckDbQueryEngine.create({ lakeDir: 'lake' });
   */
  static async create(
    options: DuckDbQueryEngineOptions,
  ): Promise<DuckDbQueryEngine> {
    const bytes = resolveRollupBatchBytes(options);
    const instance = await openDuckDb(options);
    const engine = new DuckDbQueryEngine(instance, options, bytes);
    await engine.refreshViews();
    return engine;
  }

  async query(sql: string): Promise<SqlRow[]> {
    await this.views.refreshIfEmpty();
    this.views.unreadableTables.check(sql);
    return toSqlRows(await runDuckDb(this.instance, sql));
  }

  async *queryPages(sql: string, pageRows: number): AsyncGenerator<SqlRow[]> {
    await this.views.refreshIfEmpty();
    this.views.unreadableTables.check(sql);
    yield* duckDbPages(this.instance, sql, pageRows);
  }

  async writePartitions(request: PartitionWrite) {
    const { instance, options } = this;
    await this.views.refreshIfEmpty();
    try {
      return await writeDuckDbPartitions(instance, options.lakeDir, request);
    } finally {
      await this.views.refreshIfEmpty();
    }
  }

  async listPartitions(table: LakeTable): Promise<string[]> {
    return listPartitionDays(this.options.lakeDir, table);
  }

  async unload(selectSql: string, target: UnloadTarget): Promise<void> {
    const folder = unloadFolder(this.unloadDir, target);
    await this.refreshViews();
    this.views.unreadableTables.check(selectSql);
    await unloadInto(folder, selectSql, target.partitionBy, this.run);
  }

  readUnloaded(target: UnloadTarget, value: string): Promise<Uint8Array[]> {
    return readUnloadedFiles(this.unloadDir, target, value);
  }

  describeUnloaded(target: UnloadTarget) {
    return describeUnloadedFolder(this.unloadDir, target);
  }

  removeUnloaded(prefix: string): Promise<void> {
    return removeUnloadedFolder(this.unloadDir, prefix);
  }

  describePartitions(table: LakeTable) {
    return describePartitionFolders(this.options.lakeDir, table);
  }

  checkTraffic(days: readonly string[]): Promise<UnreadableFile[]> {
    return this.views.checkTraffic(days);
  }

  async writeInventory(rows: readonly InventoryRow[]): Promise<void> {
    await writeInventoryTable(this.options.lakeDir, rows, this.run);
  }

  /** Where `unload` writes (docs/architecture.md "The decision backtest"). */
  private get unloadDir(): string {
    return this.options.unloadDir ?? this.options.lakeDir;
  }

  async close(): Promise<void> {
    this.instance.closeSync();
  }

  /**
   * Points each table's view at its files (`DuckDbLakeViews.refresh`).
   * Public for callers that write lake files beside the engine.
   */
  refreshViews(): Promise<void> {
    return this.views.refresh();
  }
}
