import { QueryError } from '#lib/query-error';

/**
 * Runs one step of the Athena engine. Lets QueryError through; wraps
 * anything else with the SQL's start.
 *
 * @param sql - the statement, or what the step does (`list traffic`)
 * @param run - the step
 * @returns the step's result
 * @throws QueryError naming the statement, the cause attached
 * @example
 * await wrapAthenaFailure('list traffic', () => listDays());
 */
export async function wrapAthenaFailure<T>(
  sql: string,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw athenaFailure(sql, error);
  }
}

/**
 * The error a step of the Athena engine throws for `error`: a QueryError
 * as it is, anything else wrapped with the SQL's start.
 *
 * @param sql - the statement, or what the step does (`list traffic`)
 * @param error - what the step threw
 * @returns the QueryError to throw
 * @example
 * throw athenaFailure('SELECT 1', new Error('socket hang up'));
 */
export function athenaFailure(sql: string, error: unknown): QueryError {
  if (error instanceof QueryError) return error;
  return new QueryError(
    `Athena failed on "${sqlHead(sql)}": ${(error as Error).message}`,
    { cause: error },
  );
}

/**
 * The statement on one line, cut to 120 characters, for messages.
 *
 * @param sql - the statement
 * @returns its head
 * @example
 * sqlHead('SELECT\n  1'); // 'SELECT 1'
 */
export function sqlHead(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim().slice(0, 120);
}
