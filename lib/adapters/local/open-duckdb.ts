import { DuckDBInstance } from '@duckdb/node-api';
import { loadInventoryTable } from './duckdb-inventory.ts';
import { runDuckDb } from './duckdb-run.ts';
import {
  type DuckDbQueryEngineOptions,
  setupStatements,
} from './duckdb-setup.ts';

/**
 * Opens an in-memory DuckDB set up for the lake: the limits, the Trino
 * compatibility macros (`setupStatements`), and the inventory the lake's
 * last rollup wrote, when it holds one (`loadInventoryTable`).
 *
 * @param options - the lake folder and limits
 * @returns the database
 * @throws QueryError when DuckDB cannot be set up; StoreError when the
 *   lake's inventory cannot be read
 * @example
 * const instance = await openDuckDb({ lakeDir: './data/lake' });
 */
export async function openDuckDb(
  options: DuckDbQueryEngineOptions,
): Promise<DuckDBInstance> {
  const instance = await DuckDBInstance.create(':memory:');
  for (const sql of setupStatements(options)) await runDuckDb(instance, sql);
  await loadInventoryTable(options.lakeDir, (sql) => runDuckDb(instance, sql));
  return instance;
}
