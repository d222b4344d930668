import { join } from 'node:path';
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
  await run(
    'CREATE OR REPLACE TABLE inventory_links AS ' +
      `SELECT link_id, isp, grp, capacity_bps FROM read_parquet(${sqlString(file)})`,
  );
}
