import { join } from 'node:path';
import type { PartitionWrite } from '#lib/ports/query-engine';
import { LakeDataError, QueryError } from '#lib/query-error';
import { sqlString } from '#lib/sql/sql-literals';
import { parquetFiles } from './duckdb-lake-files.ts';
import { LAKE_COLUMNS, TRAFFIC_READ_OPTIONS } from './lake-view-sql.ts';

/** Runs one statement and returns its rows. */
type Rows = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * The error a failed partition write throws: a `LakeDataError` naming the
 * traffic file when one of the write's days holds a file DuckDB cannot
 * read in full, else the failure as a `QueryError`.
 *
 * The traffic check reads only footers, so a file whose footer is sound
 * but whose pages are not (cut short, bytes changed) fails the write
 * itself, with a reason that may not name the file ("Parquet file is
 * likely corrupted"). Each file of the write's days is then read whole,
 * only on this failure: the rollup sets the day aside and reports the
 * file, as it does for a file Athena cannot read, instead of the run
 * stopping on the engine's message.
 *
 * @param lakeDir - the lake's folder
 * @param request - the write that failed
 * @param error - its failure
 * @param rows - runs a statement
 * @returns the error to throw
 * @example
 * throw await writeError(lakeDir, request, error, rows);
 */
export async function writeError(
  lakeDir: string,
  request: Pick<PartitionWrite, 'days' | 'outputs' | 'leftOut'>,
  error: unknown,
  rows: Rows,
): Promise<Error> {
  for (const day of request.days) {
    const folder = join(lakeDir, 'traffic', `dt=${day}`);
    // The files the traffic check left out were not read by the write:
    // blaming one of them would set the day aside for another failure.
    const leftOut = new Set(request.leftOut?.[day]);
    for (const { name } of await parquetFiles(folder)) {
      const file = `traffic/dt=${day}/${name}`;
      if (leftOut.has(file)) continue;
      const reason = await readWhole(join(folder, name), rows);
      if (reason !== undefined) {
        return new LakeDataError(`cannot be read: ${reason}`, {
          cause: error,
          file,
        });
      }
    }
  }
  if (error instanceof QueryError) return error;
  const tables = request.outputs.map((o) => o.table).join(', ');
  return new QueryError(`cannot write ${tables}: ${(error as Error).message}`, {
    cause: error,
  });
}

/**
 * DuckDB's reason a file's columns cannot all be read, if any. The
 * columns are read by name, each one the file lacks as NULL, as the
 * view reads such a file: a file lacking `in_bps` is read, and was
 * blamed for the write's failure.
 */
async function readWhole(path: string, rows: Rows) {
  try {
    await rows(
      'SELECT max(ts), max(link_id), max(out_bps), max(in_bps), ' +
        `max(capacity_bps) FROM ((SELECT * FROM read_parquet(` +
        `${sqlString(path)}, ${TRAFFIC_READ_OPTIONS})) UNION ALL BY NAME ` +
        `(SELECT ${LAKE_COLUMNS.traffic} WHERE false))`,
    );
    return undefined;
  } catch (e) {
    // runDuckDb's message: "DuckDB query failed: <reason>\n<statement>".
    const reason = (e as Error).message.split('\n')[0] ?? '';
    return reason.replace(/^DuckDB query failed: /, '');
  }
}
