import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { QueryError } from '#lib/errors';
import type { LakeTable, QueryEngine, SqlRow } from '#lib/ports/query-engine';
import { dayLiteral, sqlString } from '#lib/sql/sql-literals';
import {
  lakeViewSql,
  listPartitionDays,
  removeOtherParquet,
} from './duckdb-lake-files.ts';
import {
  type DuckDbQueryEngineOptions,
  setupStatements,
} from './duckdb-setup.ts';
import { toSqlRows } from './duckdb-values.ts';

export type { DuckDbQueryEngineOptions } from './duckdb-setup.ts';

const TABLES: readonly LakeTable[] = [
  'traffic',
  'series_daily',
  'quality_daily',
];
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

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
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
    const engine = new DuckDbQueryEngine(
      instance,
      await instance.connect(),
      options,
    );
    for (const sql of setupStatements(options)) await engine.run(sql);
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
    const temporary = join(
      folder,
      `.${PART_FILE}.tmp-${process.pid}-${Date.now()}`,
    );
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
      throw new QueryError(
        `cannot replace ${table} dt=${dt}: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
    await this.refreshViews();
  }

  async listPartitions(table: LakeTable): Promise<string[]> {
    return listPartitionDays(this.options.lakeDir, table);
  }

  async close(): Promise<void> {
    this.connection.closeSync();
    this.instance.closeSync();
  }

  /** Swaps placeholder views for real ones once their table has files. */
  private async refreshViews(): Promise<void> {
    for (const table of [...this.emptyTables]) {
      const days = await listPartitionDays(this.options.lakeDir, table);
      const hasFiles = days.length > 0;
      await this.run(lakeViewSql(this.options.lakeDir, table, hasFiles));
      if (hasFiles) this.emptyTables.delete(table);
    }
  }

  private async run(sql: string) {
    try {
      return await this.connection.runAndReadAll(sql);
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0];
      throw new QueryError(`DuckDB query failed: ${reason}\n${excerpt(sql)}`, {
        cause: error,
      });
    }
  }
}

function excerpt(sql: string): string {
  const oneLine = sql.replace(/\s+/g, ' ').trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}
