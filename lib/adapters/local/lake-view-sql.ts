import type { LakeTable } from '#lib/ports/query-engine';
import { sqlString } from '#lib/sql/sql-literals';
import { UNREAD_COLUMNS } from './traffic-contract.ts';

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
 * How DuckDB reads a traffic file, in the view and whenever a file is
 * checked: a binary column without the UTF8 annotation as text. pyarrow
 * writes its `binary` type so, and Hive and Impala wrote strings so;
 * Athena (Trino's Parquet reader) reads such a column as the table's
 * `string`, and the local rollup set the file aside (`link_id is BLOB`).
 * A value that is not UTF-8 then fails the file's pages, naming the file
 * (docs/architecture.md "Days with files left out, or added late").
 */
export const TRAFFIC_READ_OPTIONS = 'binary_as_string = true';

/**
 * The DuckDB view definition of a lake table: its hive-partitioned
 * Parquet files with `dt` as VARCHAR (traffic read with
 * `TRAFFIC_READ_OPTIONS`, the others by name), or an empty typed
 * relation. Traffic files that lack columns of the contract (`lacking`)
 * are read apart, by name, and added by name: each column a file lacks
 * reads NULL, as Athena reads the Glue table over such a file; so are
 * those with a column the rollup never reads of a type refused
 * (`dropping`: `in_bps` as text), without it, NULL: Athena reads them,
 * never reading that column (`mistypedUnreadColumns`). DuckDB
 * reads the other files by the first one's columns (which must be the
 * contract's), and failed on a file lacking one ("schema mismatch in
 * glob"); reading every file by name instead (`union_by_name`) reads
 * every file's footer at each query (docs/architecture.md "Days with
 * files left out, or added late").
 *
 * @param table - the table
 * @param files - the files to read (a glob or a list); none: empty view
 * @param lacking - traffic files lacking columns of the contract
 * @param dropping - traffic files to read without `UNREAD_COLUMNS`
 * @returns a CREATE VIEW statement
 * @example
 * await connection.run(lakeViewSql('traffic', ['./lake/traffic/dt=*']));
 */
export function lakeViewSql(
  table: LakeTable,
  files: readonly string[],
  lacking: readonly string[] = [],
  dropping: readonly string[] = [],
): string {
  const options =
    table === 'traffic' ? TRAFFIC_READ_OPTIONS : 'union_by_name = true';
  const byName = `${TRAFFIC_READ_OPTIONS}, union_by_name = true`;
  const parts = [
    ...(files.length > 0 ? [readFiles(files, options)] : []),
    ...(lacking.length > 0 ? [readFiles(lacking, byName)] : []),
    // Each has a column of the UNREAD_COLUMNS of a type refused.
    ...(dropping.length > 0
      ? [readFiles(dropping, byName, UNREAD_COLUMNS)]
      : []),
  ];
  // The columns no file has, NULL and typed (only when every file lacks
  // some: the first list holds files with every column).
  if (files.length === 0) {
    parts.push(`SELECT ${LAKE_COLUMNS[table]} WHERE false`);
  }
  const body =
    parts.length === 1
      ? parts[0]
      : parts.map((part) => `(${part})`).join('\nUNION ALL BY NAME\n');
  return `CREATE OR REPLACE VIEW ${table} AS ${body}`;
}

/**
 * A SELECT of every column of these hive-partitioned Parquet files, but
 * those to leave out (`without`, in any case, each held by some file).
 */
function readFiles(
  files: readonly string[],
  options: string,
  without: readonly string[] = [],
): string {
  const list = `[${files.map(sqlString).join(', ')}]`;
  const exclude = without.length > 0 ? ` EXCLUDE (${without.join(', ')})` : '';
  return (
    `SELECT *${exclude} FROM read_parquet(${list}, hive_partitioning = true, ` +
    `hive_types = {'dt': VARCHAR}, ${options})`
  );
}
