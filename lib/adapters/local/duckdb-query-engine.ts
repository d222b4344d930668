import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { QueryError } from '#lib/errors';
import type {
  LakeTable,
  QueryEngine,
  SqlRow,
  UnloadTarget,
} from '#lib/ports/query-engine';
import { dayLiteral, sqlString } from '#lib/sql/sql-literals';
import {
  LAKE_COLUMNS,
  lakeViewSql,
  listPartitionDays,
  removeOtherParquet,
} from './duckdb-lake-files.ts';
import {
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

export type { DuckDbQueryEngineOptions } from './duckdb-setup.ts';

const TABLES = Object.keys(LAKE_COLUMNS) as LakeTable[];
const PART_FILE = 'part-0.parquet';

/**
 * The local `QueryEngine`: an in-memory DuckDB over a folder of Parquet
 * files, with the Trino functions our SQL uses defined as macros, so the
 * SQL written for Athena runs unchanged (DESIGN.md "Decisions taken").
 *
 * @example
 * const engine = await DuckDbQueryEngine.create({ lakeDir: './data/lake',
 *   inventoryDir: './data/inventory' });
 * const rows = await engine.query('SELECT count(*) AS n FROM traffic');
 * await engine.close();
 */
export class DuckDbQueryEngine implements QueryEngine {
  /** Tables whose view is the empty placeholder, re-checked per query. */
  private readonly emptyTables = new Set<LakeTable>(TABLES);
  /** View changes in flight, chained so that they never run at once. */
  private viewsUpdated: Promise<void> = Promise.resolve();

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly options: DuckDbQueryEngineOptions,
  ) {}

  /**
   * Opens DuckDB, applies the limits, installs the macros and the views.
   *
   * @param options - folders and limits
   * @returns the ready engine
   * @throws QueryError when DuckDB cannot be set up
   * @example
   * await DuckDbQueryEngine.create({ lakeDir: 'lake', inventoryDir: 'inv' });
   */
  static async create(
    options: DuckDbQueryEngineOptions,
  ): Promise<DuckDbQueryEngine> {
    const instance = await DuckDBInstance.create(':memory:');
    const engine = new DuckDbQueryEngine(instance, options);
    const placeholders = TABLES.map((table) =>
      lakeViewSql(options.lakeDir, table, false),
    );
    for (const sql of [...setupStatements(options), ...placeholders]) {
      await engine.run(sql);
    }
    await engine.refreshViews();
    return engine;
  }

  async query(sql: string): Promise<SqlRow[]> {
    await this.refreshViews();
    return toSqlRows(await this.run(sql));
  }

  async replacePartition(
    table: LakeTable,
    dt: string,
    selectSql: string,
  ): Promise<void> {
    dayLiteral(dt);
    await this.refreshViews();
    const folder = join(this.options.lakeDir, table, `dt=${dt}`);
    const temporary = join(folder, `.${PART_FILE}.tmp-${randomUUID()}`);
    try {
      await mkdir(folder, { recursive: true });
      await this.run(
        `COPY (${selectSql}) TO ${sqlString(temporary)} ` +
          '(FORMAT parquet, COMPRESSION zstd)',
      );
      await rename(temporary, join(folder, PART_FILE));
      await removeOtherParquet(folder, PART_FILE);
    } catch (error) {
      await rm(temporary, { force: true });
      if (error instanceof QueryError) throw error;
      const reason = (error as Error).message;
      throw new QueryError(`cannot replace ${table} dt=${dt}: ${reason}`, {
        cause: error,
      });
    }
    await this.refreshViews();
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

  async close(): Promise<void> {
    await this.viewsUpdated.catch(() => undefined);
    this.instance.closeSync();
  }

  /** Swaps placeholder views for real ones once their table has files. */
  private refreshViews(): Promise<void> {
    const update = async () => {
      for (const table of [...this.emptyTables]) {
        const days = await listPartitionDays(this.options.lakeDir, table);
        if (days.length === 0) continue;
        await this.run(lakeViewSql(this.options.lakeDir, table, true));
        this.emptyTables.delete(table);
      }
    };
    this.viewsUpdated = this.viewsUpdated.catch(() => undefined).then(update);
    return this.viewsUpdated;
  }

  /**
   * Runs one statement on its own connection: the catalog (macros,
   * views) and the settings are shared, and callers may run queries
   * concurrently (e.g. several rollup days at once).
   */
  private async run(sql: string) {
    const connection = await this.instance.connect();
    try {
      return await connection.runAndReadAll(sql);
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0];
      throw new QueryError(
        `DuckDB query failed: ${reason}\n${sqlExcerpt(sql)}`,
        {
          cause: error,
        },
      );
    } finally {
      connection.closeSync();
    }
  }
}
