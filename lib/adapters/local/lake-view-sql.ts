import type { LakeTable } from '#lib/ports/query-engine';
import { sqlString } from '#lib/sql/sql-literals';

/** The columns of each lake table, for views over a folder with no files. */
export const LAKE_COLUMNS: Readonly<Record<LakeTable, string>> = {
  traffic:
    'CAST(NULL AS TIMESTAMP) AS ts, CAST(NULL AS VARCHAR) AS link_id, ' +
    'CAST(NULL AS DOUBLE) AS out_bps, CAST(NULL AS DOUBLE) AS in_bps, ' +
    'CAST(NULL AS DOUBLE) AS capacity_bps, CAST(NULL AS VARCHAR) AS dt',
  series_daily:
    'CAST(NULL AS VARCHAR) AS level, ' +
    'CAST(NULL AS VARCHAR) AS key, CAST(NULL AS DOUBLE) AS peak_bps, ' +
    'CAST(NULL AS DOUBLE) AS max_bps, CAST(NULL AS DOUBLE) AS mean_bps, ' +
    'CAST(NULL AS DOUBLE) AS capacity_bps, CAST(NULL AS BIGINT) AS samples, ' +
    'CAST(NULL AS VARCHAR) AS dt',
  quality_daily:
    'CAST(NULL AS VARCHAR) AS link_id, CAST(NULL AS VARCHAR) AS kind, ' +
    'CAST(NULL AS BIGINT) AS "count", CAST(NULL AS VARCHAR) AS dt',
};

/**
 * The DuckDB view definition of a lake table: its hive-partitioned
 * Parquet files with `dt` as VARCHAR, or an empty typed relation.
 *
 * @param table - the table
 * @param files - the files to read (a glob or a list); none: empty view
 * @returns a CREATE VIEW statement
 * @example
 * await connection.run(lakeViewSql('traffic', ['./lake/traffic/dt=*']));
 */
export function lakeViewSql(
  table: LakeTable,
  files: readonly string[],
): string {
  const list = `[${files.map(sqlString).join(', ')}]`;
  const body =
    files.length > 0
      ? `SELECT * FROM read_parquet(${list}, hive_partitioning = true, ` +
        `hive_types = {'dt': VARCHAR}${table === 'traffic' ? '' : ', union_by_name = true'})`
      : `SELECT ${LAKE_COLUMNS[table]} WHERE false`;
  return `CREATE OR REPLACE VIEW ${table} AS ${body}`;
}
