import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { QueryError } from '#lib/query-error';
import { sqlExcerpt } from './duckdb-values.ts';

/**
 * Runs one statement on its own connection (or the given one): the
 * catalog (macros, views) and the settings are shared.
 *
 * @param instance - the database
 * @param sql - the statement
 * @param shared - a connection to run it on, left open
 * @returns its whole result
 * @throws QueryError with DuckDB's reason and the start of the statement
 * @example
 * const reader = await runDuckDb(instance, 'SELECT 1 AS n');
 */
export async function runDuckDb(
  instance: DuckDBInstance,
  sql: string,
  shared?: DuckDBConnection,
) {
  const connection = shared ?? (await instance.connect());
  try {
    return await connection.runAndReadAll(sql);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new QueryError(`DuckDB query failed: ${reason}\n${sqlExcerpt(sql)}`, {
      cause: error,
    });
  } finally {
    if (!shared) connection.closeSync();
  }
}

/**
 * Runs one statement like {@link runDuckDb} and returns its rows as plain
 * objects (DuckDB's JS values).
 *
 * @param instance - the database
 * @param sql - the statement
 * @param shared - a connection to run it on, left open
 * @returns one object per row, keyed by column name
 * @example
 * const [{ n }] = await runDuckDbRows(instance, 'SELECT 1 AS n');
 */
export async function runDuckDbRows(
  instance: DuckDBInstance,
  sql: string,
  shared?: DuckDBConnection,
): Promise<Record<string, unknown>[]> {
  const reader = await runDuckDb(instance, sql, shared);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}
