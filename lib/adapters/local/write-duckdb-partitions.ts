import type { DuckDBInstance } from '@duckdb/node-api';
import type { PartitionWrite } from '#lib/ports/query-engine';
import { writeLocalPartitions } from './duckdb-partition-writer.ts';
import { runDuckDbRows } from './duckdb-run.ts';
import { writeError } from './duckdb-write-error.ts';

/**
 * A partitioned write on DuckDB: `writeLocalPartitions` on one connection
 * of its own (the stage's temporary table lives on it), closed after; a
 * failure is thrown as `writeError` words it (a `LakeDataError` naming an
 * unreadable traffic file, else a `QueryError`).
 *
 * @param instance - the database
 * @param lakeDir - the lake's folder
 * @param request - days, tag, stage and outputs
 * @returns the markers written, per table
 * @throws LakeDataError or QueryError from `writeError`
 * @example
 * await writeDuckDbPartitions(instance, './data/lake', request);
 */
export async function writeDuckDbPartitions(
  instance: DuckDBInstance,
  lakeDir: string,
  request: PartitionWrite,
) {
  const connection = await instance.connect();
  try {
    return await writeLocalPartitions(lakeDir, request, (sql) =>
      runDuckDbRows(instance, sql, connection),
    );
  } catch (error) {
    throw await writeError(lakeDir, request, error, (sql) =>
      runDuckDbRows(instance, sql),
    );
  } finally {
    connection.closeSync();
  }
}
