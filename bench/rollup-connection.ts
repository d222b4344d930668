/**
 * The DuckDB connection the rollup benchmarks run a batch's statements
 * on (`bench/rollup-steps.ts`, `bench/rollup-profile.ts`): set up as the
 * engine sets up its own, with the lake's `traffic` view and the
 * inventory the engine wrote (`writeInventory`) as `inventory_links`.
 */
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  type DuckDbQueryEngineOptions,
  setupStatements,
} from '#lib/adapters/local/duckdb-setup';
import { lakeViewSql } from '#lib/adapters/local/lake-view-sql';
import { INVENTORY_KEY } from '#lib/adapters/shared/inventory-parquet';
import { sqlString } from '#lib/sql/sql-literals';

/** A connection set up as the engine sets up its own. */
export async function openRollupConnection(options: DuckDbQueryEngineOptions) {
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  for (const sql of setupStatements(options)) await c.run(sql);
  const { lakeDir } = options;
  await c.run(
    lakeViewSql('traffic', [join(lakeDir, 'traffic', 'dt=*', '*.parquet')]),
  );
  const file = sqlString(join(lakeDir, INVENTORY_KEY));
  await c.run(
    'CREATE OR REPLACE TABLE inventory_links AS SELECT link_id, isp, grp, ' +
      `capacity_bps FROM read_parquet(${file})`,
  );
  return c;
}
