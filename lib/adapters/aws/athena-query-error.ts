import type { QueryExecution } from '@aws-sdk/client-athena';
import { LakeDataError, QueryError } from '#lib/query-error';

/** Athena's error names for lake data it cannot read. */
const BAD_DATA =
  /HIVE_BAD_DATA|HIVE_CANNOT_OPEN_SPLIT|HIVE_CURSOR_ERROR|HIVE_PARTITION_SCHEMA_MISMATCH|HIVE_INVALID_PARQUET/;

/**
 * The error of a query Athena ended as FAILED or CANCELLED: its state
 * change reason, what the query was for and the bytes it scanned; a
 * `LakeDataError` when the reason is lake data Athena cannot read.
 *
 * @param id - the query execution id
 * @param state - FAILED or CANCELLED
 * @param execution - the execution, for its reason and statistics
 * @param what - what the query does, if known
 * @returns the error to throw
 * @example
 * throw endedQueryError(id, 'FAILED', execution, 'UNLOAD of series_daily');
 */
export function endedQueryError(
  id: string,
  state: string,
  execution: QueryExecution | undefined,
  what: string | undefined,
): QueryError {
  const reason = execution?.Status?.StateChangeReason ?? 'no reason given';
  const message = `Athena query ${id} ${state}: ${reason}${queryDetails(what, execution)}`;
  return BAD_DATA.test(reason)
    ? new LakeDataError(message)
    : new QueryError(message);
}

/**
 * ` (what; scanned N bytes)`, or nothing when neither is known.
 *
 * @param what - what the query does, if known
 * @param execution - the execution, for the bytes scanned
 * @returns the text to append to a message
 * @example
 * queryDetails('SELECT 1'); // ' (SELECT 1)'
 */
export function queryDetails(
  what?: string,
  execution?: QueryExecution,
): string {
  const scanned = execution?.Statistics?.DataScannedInBytes;
  const parts = [
    what,
    scanned === undefined ? undefined : `scanned ${scanned} bytes`,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
}
