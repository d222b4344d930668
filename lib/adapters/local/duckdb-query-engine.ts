import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { QueryError, UsageError } from '#lib/errors';
import type {
  InventoryRow,
  LakeTable,
  PartitionWrite,
  QueryEngine,
  SqlRow,
  UnloadTarget,
  UnreadableFile,
} from '#lib/ports/query-engine';
import { sqlString } from '#lib/sql/sql-literals';
import {
  INVENTORY_KEY,
  inventoryParquet,
} from '../shared/inventory-parquet.ts';
import {
  describePartitionFolders,
  lakeViewSql,
  listPartitionDays,
} from './duckdb-lake-files.ts';
import { writeLocalPartitions } from './duckdb-partition-writer.ts';
import {
  DEFAULT_ROLLUP_BATCH_BYTES,
  type DuckDbQueryEngineOptions,
  setupStatements,
} from './duckdb-setup.ts';
import {
  copyPartitionedSql,
  readUnloadedFiles,
  removeUnloadedFolder,
  unloadFolder,
} from './duckdb-unload.ts';
import { sqlExcerpt, toSqlRows } from './duckdb-values.ts';
import { writeWhole } from './fs-placement.ts';
import { TrafficCheck } from './traffic-check.ts';

export type { DuckDbQueryEngineOptions } from './duckdb-setup.ts';

const TABLES: readonly LakeTable[] = [
  'traffic',
  'series_daily',
  'quality_daily',
];

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
  readonly rollupBatchBytes: number;
  /** Traffic files found unreadable: left out of the `traffic` view. */
  private readonly unreadable = new Set<string>();
  /** Tables whose view is empty (no file yet), re-checked per query. */
  private readonly emptyViews = new Set<LakeTable>();
  private readonly trafficCheck: TrafficCheck;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly options: DuckDbQueryEngineOptions,
  ) {
    this.rollupBatchBytes =
      options.rollupBatchBytes ?? DEFAULT_ROLLUP_BATCH_BYTES;
    this.trafficCheck = new TrafficCheck(options.lakeDir, (sql) =>
      this.rows(sql),
    );
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
    const bytes = options.rollupBatchBytes;
    if (bytes !== undefined && !(Number.isFinite(bytes) && bytes > 0)) {
      throw new UsageError(
        `rollupBatchBytes must be a positive number of bytes, got ${bytes}`,
      );
    }
    const instance = await DuckDBInstance.create(':memory:');
    const engine = new DuckDbQueryEngine(instance, options);
    for (const sql of setupStatements(options)) await engine.run(sql);
    await engine.refreshViews();
    return engine;
  }

  async query(sql: string): Promise<SqlRow[]> {
    if (this.emptyViews.size > 0) await this.refreshViews();
    return toSqlRows(await this.run(sql));
  }

  async writePartitions(request: PartitionWrite) {
    if (this.emptyViews.size > 0) await this.refreshViews();
    const connection = await this.instance.connect();
    try {
      return await writeLocalPartitions(
        this.options.lakeDir,
        request,
        async (sql) =>
          (await this.run(sql, connection)).getRowObjectsJS() as Record<
            string,
            unknown
          >[],
      );
    } catch (error) {
      if (error instanceof QueryError) throw error;
      throw new QueryError(
        `cannot write ${request.outputs.map((o) => o.table).join(', ')}: ` +
          (error as Error).message,
        { cause: error },
      );
    } finally {
      connection.closeSync();
      // A view over a glob sees new files by itself; only an empty view
      // (no file when it was made) must be made again.
      if (this.emptyViews.size > 0) await this.refreshViews();
    }
  }

  async listPartitions(table: LakeTable): Promise<string[]> {
    return listPartitionDays(this.options.lakeDir, table);
  }

  async unload(selectSql: string, target: UnloadTarget): Promise<void> {
    const folder = unloadFolder(this.options.lakeDir, target);
    await this.refreshViews();
    // A retried plan must not leave a shard's earlier files beside new ones.
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    await this.run(copyPartitionedSql(selectSql, folder, target.partitionBy));
  }

  readUnloaded(target: UnloadTarget, value: string): Promise<Uint8Array[]> {
    return readUnloadedFiles(this.options.lakeDir, target, value);
  }

  removeUnloaded(prefix: string): Promise<void> {
    return removeUnloadedFolder(this.options.lakeDir, prefix);
  }

  describePartitions(table: LakeTable) {
    return describePartitionFolders(this.options.lakeDir, table);
  }

  async checkTraffic(days: readonly string[]): Promise<UnreadableFile[]> {
    const bad = await this.trafficCheck.check(days);
    const before = this.unreadable.size;
    for (const { file } of bad) this.unreadable.add(file);
    if (this.unreadable.size !== before) await this.refreshViews();
    return bad;
  }

  async writeInventory(rows: readonly InventoryRow[]): Promise<void> {
    const file = join(this.options.lakeDir, INVENTORY_KEY);
    await writeWhole(this.options.lakeDir, file, inventoryParquet(rows));
    await this.run(
      'CREATE OR REPLACE TABLE inventory_links AS ' +
        `SELECT link_id, isp, grp, capacity_bps FROM read_parquet(${sqlString(file)})`,
    );
  }

  async close(): Promise<void> {
    this.instance.closeSync();
  }

  /**
   * Points each table's view at its files: a glob (new files appear by
   * themselves), or, once traffic files were found unreadable, the list
   * of the others, files known to be good first (DuckDB takes the schema
   * from the first file; partition pruning never opens the rest).
   * A table with no file yet gets an empty view, re-checked per query.
   * Public for callers that write lake files beside the engine.
   */
  async refreshViews(): Promise<void> {
    for (const table of TABLES) {
      const listings = await describePartitionFolders(
        this.options.lakeDir,
        table,
        false,
      );
      const paths = listings.flatMap(({ dt, files }) =>
        files.map((f) => `${table}/dt=${dt}/${f.name}`),
      );
      const explicit = table === 'traffic' && this.unreadable.size > 0;
      const files = explicit
        ? this.trafficCheck.orderGoodFirst(
            paths.filter((path) => !this.unreadable.has(path)),
          )
        : paths.length > 0
          ? [join(table, 'dt=*', '*.parquet')]
          : [];
      const sql = lakeViewSql(
        table,
        files.map((path) => join(this.options.lakeDir, path)),
      );
      const created = await this.run(sql).then(
        () => true,
        () => false,
      );
      if (!created || files.length === 0) {
        await this.run(lakeViewSql(table, []));
        this.emptyViews.add(table);
      } else {
        this.emptyViews.delete(table);
      }
    }
  }

  private async rows(sql: string): Promise<Record<string, unknown>[]> {
    return (await this.run(sql)).getRowObjectsJS() as Record<string, unknown>[];
  }

  /**
   * Runs one statement on its own connection (or the given one): the
   * catalog (macros, views) and the settings are shared.
   */
  private async run(
    sql: string,
    shared?: Awaited<ReturnType<DuckDBInstance['connect']>>,
  ) {
    const connection = shared ?? (await this.instance.connect());
    try {
      return await connection.runAndReadAll(sql);
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0];
      throw new QueryError(
        `DuckDB query failed: ${reason}\n${sqlExcerpt(sql)}`,
        { cause: error },
      );
    } finally {
      if (!shared) connection.closeSync();
    }
  }
}
