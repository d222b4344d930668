import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { LakeTable } from '#lib/ports/query-engine';
import { sqlString } from '#lib/sql/sql-literals';

/** The columns of each lake table, for views over a folder with no files. */
export const LAKE_COLUMNS: Readonly<Record<LakeTable, string>> = {
  traffic:
    'CAST(NULL AS TIMESTAMP) AS ts, CAST(NULL AS VARCHAR) AS link_id, ' +
    'CAST(NULL AS DOUBLE) AS out_bps, CAST(NULL AS DOUBLE) AS in_bps, ' +
    'CAST(NULL AS DOUBLE) AS capacity_bps, CAST(NULL AS VARCHAR) AS dt',
  series_daily:
    'CAST(NULL AS VARCHAR) AS dt, CAST(NULL AS VARCHAR) AS level, ' +
    'CAST(NULL AS VARCHAR) AS key, CAST(NULL AS DOUBLE) AS peak_bps, ' +
    'CAST(NULL AS DOUBLE) AS max_bps, CAST(NULL AS DOUBLE) AS mean_bps, ' +
    'CAST(NULL AS DOUBLE) AS capacity_bps, CAST(NULL AS BIGINT) AS samples',
  quality_daily:
    'CAST(NULL AS VARCHAR) AS dt, CAST(NULL AS VARCHAR) AS link_id, ' +
    'CAST(NULL AS VARCHAR) AS kind, CAST(NULL AS BIGINT) AS "count"',
};

/**
 * The `dt` days of a lake table that hold at least one Parquet file.
 *
 * @param lakeDir - the lake's folder
 * @param table - the table (a folder below the lake)
 * @returns the days, sorted
 * @example
 * await listPartitionDays('./data/lake', 'traffic'); // ['2026-01-01', …]
 */
export async function listPartitionDays(
  lakeDir: string,
  table: LakeTable,
): Promise<string[]> {
  const folders = await listNames(join(lakeDir, table));
  const days = await Promise.all(
    folders
      .filter((name) => /^dt=\d{4}-\d{2}-\d{2}$/.test(name))
      .map(async (name) => {
        const files = await listParquet(join(lakeDir, table, name));
        return files.length > 0 ? name.slice(3) : undefined;
      }),
  );
  return days.filter((day) => day !== undefined).sort();
}

/**
 * The Parquet files (names ending `.parquet`) in a folder.
 *
 * @param folder - the folder
 * @returns file names, or none when the folder does not exist
 * @example
 * await listParquet('./lake/traffic/dt=2026-01-01'); // ['part-0.parquet']
 */
export async function listParquet(folder: string): Promise<string[]> {
  const names = await listNames(folder);
  return names.filter((name) => name.endsWith('.parquet'));
}

/**
 * Deletes every Parquet file of a folder except `keep`.
 *
 * @param folder - the partition's folder
 * @param keep - the file name to keep
 * @returns when done
 * @example
 * await removeOtherParquet(dir, 'part-0.parquet');
 */
export async function removeOtherParquet(
  folder: string,
  keep: string,
): Promise<void> {
  const others = (await listParquet(folder)).filter((name) => name !== keep);
  await Promise.all(others.map((name) => rm(join(folder, name))));
}

/**
 * The DuckDB view definition of a lake table: its hive-partitioned
 * Parquet files with `dt` as VARCHAR, or an empty typed relation when the
 * table has no file yet.
 *
 * @param lakeDir - the lake's folder
 * @param table - the table
 * @param hasFiles - whether the table has Parquet files
 * @returns a CREATE VIEW statement
 * @example
 * await connection.run(lakeViewSql('./lake', 'traffic', true));
 */
export function lakeViewSql(
  lakeDir: string,
  table: LakeTable,
  hasFiles: boolean,
): string {
  const glob = sqlString(join(lakeDir, table, 'dt=*', '*.parquet'));
  const body = hasFiles
    ? `SELECT * FROM read_parquet(${glob}, hive_partitioning = true, ` +
      `hive_types = {'dt': VARCHAR})`
    : `SELECT ${LAKE_COLUMNS[table]} WHERE false`;
  return `CREATE OR REPLACE VIEW ${table} AS ${body}`;
}

async function listNames(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
