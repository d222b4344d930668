import { sqlString } from '#lib/sql/sql-literals';
import { TRAFFIC_READ_OPTIONS } from './lake-view-sql.ts';
import { mistypedUnreadColumns } from './mistyped-unread-columns.ts';
import { topLevelNames } from './parquet-top-names.ts';
import {
  holdsEveryTrafficFile,
  missingTrafficColumns,
  repeatedColumnProblem,
  trafficColumnProblem,
} from './traffic-contract.ts';

/**
 * Runs one statement and returns its rows as plain objects.
 *
 * @example
 * const describe: Describe = (sql) => runDuckDbRows(instance, sql);
 */
export type Describe = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * What a traffic file's check found.
 *
 * @example
 * const good: TrafficVerdict =
 *   { reason: '', holdsAll: true, mistyped: false, missing: [], dropped: [] };
 */
export interface TrafficVerdict {
  /** The file's problem, '' when it is read. */
  readonly reason: string;
  /** Whether a view starting with it reads every good file as written. */
  readonly holdsAll: boolean;
  /**
   * Whether its problem is only a column of another type (lacking others
   * or not: a column it lacks is read NULL).
   */
  readonly mistyped: boolean;
  /**
   * The contract's columns it lacks (`missingTrafficColumns`): a file
   * read is read with them NULL, as Athena reads it.
   */
  readonly missing: readonly string[];
  /**
   * The columns the rollup never reads that it has of another type
   * (`mistypedUnreadColumns`): a file read is read without them, NULL.
   */
  readonly dropped: readonly { name: string; type: string }[];
}

/**
 * Reads a traffic file's footer as the view reads the file
 * (`TRAFFIC_READ_OPTIONS`) and judges it: unreadable, of a type the
 * contract refuses (`trafficColumnProblem`), or read, and then which of
 * the contract's columns it lacks (read as NULL) and whether a view may
 * start with it (`holdsEveryTrafficFile`).
 *
 * @param describe - runs a DuckDB statement
 * @param path - the file
 * @returns its verdict
 * @example
 * await inspectTrafficFile(describe, 'lake/traffic/dt=2026-01-01/a.parquet');
 * // { reason: '', holdsAll: true, mistyped: false, missing: [], dropped: [] }
 */
export async function inspectTrafficFile(
  describe: Describe,
  path: string,
): Promise<TrafficVerdict> {
  let columns: Record<string, unknown>[];
  try {
    columns = await describe(
      `DESCRIBE SELECT * FROM read_parquet(${sqlString(path)}, ` +
        `${TRAFFIC_READ_OPTIONS})`,
    );
  } catch (error) {
    const text = (error as Error).message.split('\n')[0] ?? '';
    const reason = `cannot be read as Parquet: ${text.replace(/^.*?: /, '')}`;
    return {
      reason,
      holdsAll: false,
      mistyped: false,
      missing: [],
      dropped: [],
    };
  }
  const schema = await describe(
    `SELECT name, num_children FROM parquet_schema(${sqlString(path)})`,
  );
  const reason =
    repeatedColumnProblem(topLevelNames(schema)) ||
    trafficColumnProblem(columns);
  const missing = missingTrafficColumns(columns);
  return {
    reason,
    holdsAll: holdsEveryTrafficFile(columns),
    // Its columns' types are its only problem: a column it lacks is none.
    mistyped: reason !== '',
    missing,
    dropped: mistypedUnreadColumns(columns),
  };
}

/**
 * A file's verdict, from its schema's: a file of no rows whose columns
 * are only typed otherwise (pyarrow types an empty DataFrame's text
 * column null, INT32 in Parquet) holds nothing to misread, so it is
 * good, never a view's first file. Athena reads it (Trino makes a
 * file's column readers per row group, and it has none); set aside, it
 * had its day rolled up again, and named, on every run.
 *
 * @param describe - runs a DuckDB statement
 * @param path - the file
 * @param verdict - the verdict of its schema
 * @returns the file's verdict
 * @example
 * await fileVerdict(describe, 'empty.parquet', mistypedVerdict);
 * // { reason: '', holdsAll: false, mistyped: false, missing: [] }
 */
export async function fileVerdict(
  describe: Describe,
  path: string,
  verdict: TrafficVerdict,
): Promise<TrafficVerdict> {
  if (!verdict.mistyped) return verdict;
  const rows = await describe(
    `SELECT num_rows FROM parquet_file_metadata(${sqlString(path)})`,
  ).catch(() => []);
  // A column it lacks is still read NULL, by name (`missing`).
  return rows.length === 1 && Number(rows[0]?.num_rows) === 0
    ? { ...verdict, reason: '', holdsAll: false, mistyped: false }
    : verdict;
}
