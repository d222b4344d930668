import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { UnloadTarget } from '#lib/ports/query-engine';
import { sqlString } from '#lib/sql/sql-literals';
import { checkUnloadTarget } from '#lib/sql/unload-target';

/**
 * The DuckDB statement that writes `selectSql` under `folder` partitioned
 * by its last column: `COPY … (FORMAT parquet, PARTITION_BY (col))`,
 * Snappy-compressed so that hyparquet reads it without extra codecs.
 *
 * @param selectSql - the SELECT, partition column last
 * @param folder - the target folder (emptied by the caller)
 * @param column - the partition column
 * @returns the COPY statement
 * @example
 * copyPartitionedSql('SELECT 1 AS x, 1 AS shard', '/lake/runs/r1/s', 'shard');
 */
export function copyPartitionedSql(
  selectSql: string,
  folder: string,
  column: string,
): string {
  const select = selectSql.trim().replace(/;$/, '');
  return (
    `COPY (${select}) TO ${sqlString(folder)} (FORMAT parquet, ` +
    `COMPRESSION snappy, PARTITION_BY (${column}), OVERWRITE_OR_IGNORE)`
  );
}

/**
 * Writes an unload into its folder, emptied first: a retried plan must not
 * leave a shard's earlier files beside new ones.
 *
 * @param folder - the target's folder ({@link unloadFolder})
 * @param selectSql - the SELECT, partition column last
 * @param column - the partition column
 * @param run - runs a statement on the engine
 * @returns when the files are written
 * @example
 * await unloadInto('/lake/runs/r1/s', 'SELECT 1 AS x, 1 AS shard', 'shard', run);
 */
export async function unloadInto(
  folder: string,
  selectSql: string,
  column: string,
  run: (sql: string) => Promise<unknown>,
): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await run(copyPartitionedSql(selectSql, folder, column));
}

/**
 * The folder of an unload target inside the lake folder.
 *
 * @param lakeDir - the lake folder
 * @param target - the validated target
 * @returns the absolute folder
 * @example
 * unloadFolder('/lake', { prefix: 'runs/r1/series', partitionBy: 'shard' });
 */
export function unloadFolder(lakeDir: string, target: UnloadTarget): string {
  return join(lakeDir, checkUnloadTarget(target));
}
