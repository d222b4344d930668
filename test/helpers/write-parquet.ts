import { DuckDBInstance } from '@duckdb/node-api';

/**
 * Writes the rows of a DuckDB `select` to a Parquet file at `path`,
 * through a throw-away in-memory DuckDB: any columns and types, right or
 * wrong, as a test's lake file needs.
 *
 * @param path - the file to write
 * @param select - the query whose rows and column types it holds
 * @example
 * await writeParquet(join(day, 'text.parquet'), "SELECT '1' AS out_bps");
 */
export async function writeParquet(
  path: string,
  select: string,
): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`COPY (${select}) TO '${path}' (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
