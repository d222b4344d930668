import { parquetWriteBuffer } from 'hyparquet-writer';
import type { InventoryRow } from '#lib/ports/query-engine';

/** Where the inventory the SQL reads is kept, below the lake. */
export const INVENTORY_KEY = 'inventory_links/links.parquet';

/**
 * The inventory as the query engine reads it (`inventory_links`): one
 * Parquet file with a fixed schema, `link_id, isp, grp` (strings) and
 * `capacity_bps` (double), written from the inventory the pipeline
 * parsed and validated, so the SQL never parses links.csv itself.
 *
 * @param rows - one row per link
 * @returns the Parquet file's bytes
 * @example
 * const bytes = inventoryParquet([{ linkId: 'l1', isp: 'Acme',
 *   group: 'Acme/LHR1/pni', capacityBps: 100e9 }]);
 */
export function inventoryParquet(rows: readonly InventoryRow[]): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'link_id', data: rows.map((r) => r.linkId), type: 'STRING' },
      { name: 'isp', data: rows.map((r) => r.isp), type: 'STRING' },
      { name: 'grp', data: rows.map((r) => r.group), type: 'STRING' },
      {
        name: 'capacity_bps',
        data: rows.map((r) => r.capacityBps),
        type: 'DOUBLE',
      },
    ],
  });
  return new Uint8Array(buffer);
}
