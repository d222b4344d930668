import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '#lib/errors';
import type { InventoryRow } from '#lib/ports/query-engine';
import { sqlString } from '#lib/sql/sql-literals';
import {
  INVENTORY_KEY,
  inventoryParquet,
} from '../shared/inventory-parquet.ts';
import { writeWhole } from './fs-placement.ts';

/**
 * Writes the inventory the SQL reads: its Parquet file below the lake,
 * whole or not at all, then the `inventory_links` table loaded from it.
 *
 * @param lakeDir - the lake's folder
 * @param rows - one row per link
 * @param run - runs a statement on the engine
 * @returns when the table is loaded
 * @example
 * await writeInventoryTable('./data/lake', rows, (sql) => run(sql));
 */
export async function writeInventoryTable(
  lakeDir: string,
  rows: readonly InventoryRow[],
  run: (sql: string) => Promise<unknown>,
): Promise<void> {
  const file = join(lakeDir, INVENTORY_KEY);
  await writeWhole(lakeDir, file, inventoryParquet(rows));
  await run(loadSql(file));
}

/**
 * Loads the inventory the lake's last rollup wrote, when it holds one, as
 * Athena's table over the same file would read it: a backtest, which
 * never rolls up, then places links' rows by the groups their bundles
 * were summed by (docs/architecture.md "The decision backtest").
 *
 * @param lakeDir - the lake's folder
 * @param run - runs a statement on the engine
 * @returns when the table is loaded, or at once without the file
 * @throws StoreError naming the file when it cannot be read
 * @example
 * await loadInventoryTable('./data/lake', (sql) => run(sql));
 */
export async function loadInventoryTable(
  lakeDir: string,
  run: (sql: string) => Promise<unknown>,
): Promise<void> {
  const file = join(lakeDir, INVENTORY_KEY);
  if (!existsSync(file)) return;
  try {
    await run(loadSql(file));
  } catch (error) {
    throw new StoreError(
      `${file}: cannot be read as the inventory a rollup wrote ` +
        `(${(error as Error).message.split('\n')[0]}): remove it, and ` +
        "'headroom run' writes it again",
      { cause: error },
    );
  }
}

function loadSql(file: string): string {
  return (
    'CREATE OR REPLACE TABLE inventory_links AS ' +
    `SELECT link_id, isp, grp, capacity_bps FROM read_parquet(${sqlString(file)})`
  );
}
