import type { DuckDBInstance } from '@duckdb/node-api';
import type { SqlRow } from '#lib/ports/query-engine';
import { QueryError } from '#lib/query-error';
import { sqlExcerpt, sqlRowMaker } from './duckdb-values.ts';

/**
 * Runs one statement on its own connection as a streamed result and
 * yields its rows, converted as `toSqlRows` converts them, a page of at
 * most `pageRows` at a time, each read only when the last was taken
 * (DuckDB hands them over a chunk of up to 2,048 rows at a time): the
 * rows a caller writes on are never all in memory. The connection is
 * closed when the rows run out, fail, or the caller stops.
 *
 * @param instance - the database
 * @param sql - the statement
 * @param pageRows - the most rows a page holds (≥ 1)
 * @returns the rows, in pages
 * @throws QueryError with DuckDB's reason and the start of the statement
 * @example
 * for await (const rows of duckDbPages(instance, 'SELECT 1 AS n', 1000)) {
 *   rows; // [{ n: 1 }]
 * }
 */
export async function* duckDbPages(
  instance: DuckDBInstance,
  sql: string,
  pageRows: number,
): AsyncGenerator<SqlRow[]> {
  const connection = await instance.connect();
  try {
    const result = await connection.stream(sql);
    const toRow = sqlRowMaker(result);
    let page: SqlRow[] = [];
    for await (const chunk of result.yieldRowsJs()) {
      for (const values of chunk) {
        page.push(toRow(values));
        if (page.length < pageRows) continue;
        yield page;
        page = [];
      }
    }
    if (page.length > 0) yield page;
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new QueryError(`DuckDB query failed: ${reason}\n${sqlExcerpt(sql)}`, {
      cause: error,
    });
  } finally {
    connection.closeSync();
  }
}
