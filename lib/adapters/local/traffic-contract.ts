import { sqlString } from '#lib/sql/sql-literals';
import { TRAFFIC_READ_OPTIONS } from './lake-view-sql.ts';

/** Runs one statement and returns its rows as plain objects. */
export type Describe = (sql: string) => Promise<Record<string, unknown>[]>;

/** What a traffic file's check found. */
export interface TrafficVerdict {
  /** The file's problem, '' when it is fine. */
  readonly reason: string;
  /** Whether a view starting with it reads every good file as written. */
  readonly holdsAll: boolean;
  /** Whether its problem is only a column of another type. */
  readonly mistyped: boolean;
}

/** Column → accepted DuckDB types (the traffic contract). */
const TRAFFIC_SCHEMA: Readonly<Record<string, readonly [RegExp, string]>> = {
  ts: [/^TIMESTAMP/, 'a timestamp'],
  link_id: [/^VARCHAR$/, 'text'],
  out_bps: [/^(DOUBLE|FLOAT)$/, 'a double'],
  in_bps: [/^(DOUBLE|FLOAT)$/, 'a double'],
  capacity_bps: [/^(DOUBLE|FLOAT)$/, 'a double'],
};

/**
 * What keeps a traffic file's columns from the traffic contract
 * (docs/architecture.md "Data contracts"): the first column missing or of
 * another type, or '' when the file meets it. A column is found by its
 * name, or else by its name in any case (`TS`, `Out_Bps`), as Athena reads
 * Parquet (Trino's `getParquetTypeByName`: an exact match first, then one
 * ignoring case) and as DuckDB's SQL then reads the file (its names are
 * case-insensitive): set aside here, such a file was read on AWS and
 * left out locally.
 *
 * @param columns - DuckDB `DESCRIBE` rows (`column_name`, `column_type`)
 * @returns the problem, or ''
 * @example
 * trafficColumnProblem([{ column_name: 'ts', column_type: 'VARCHAR' }]);
 * // 'column ts is VARCHAR, expected a timestamp'
 */
export function trafficColumnProblem(
  columns: readonly Record<string, unknown>[],
): string {
  for (const [name, [accepted, wanted]] of Object.entries(TRAFFIC_SCHEMA)) {
    const column = columnNamed(columns, name);
    if (column === undefined) return `has no column ${name}`;
    const type = String(column.column_type);
    if (!accepted.test(type)) {
      return `column ${String(column.column_name)} is ${type}, expected ${wanted}`;
    }
  }
  return '';
}

/** The numbers, which a view of FLOAT reads rounded. */
const NUMBERS = ['out_bps', 'in_bps', 'capacity_bps'];

/**
 * Whether a traffic view (or a first file) of these columns reads every
 * file the contract accepts as written. DuckDB casts each file of a view
 * to the types of the view's first file (docs/architecture.md "Days with
 * files left out, or added late"): a first file of FLOAT rounded every
 * other file's doubles, and one of a type the contract refuses (`ts` as
 * text, `out_bps` as BIGINT) failed the rollup. Any timestamp holds the
 * others (DuckDB reads a zone-aware one at UTC).
 *
 * @param columns - DuckDB `DESCRIBE` rows (`column_name`, `column_type`)
 * @returns true when the numbers are DOUBLE and the columns the contract's
 * @example
 * holdsEveryTrafficFile([{ column_name: 'out_bps', column_type: 'FLOAT' }]);
 * // false
 */
export function holdsEveryTrafficFile(
  columns: readonly Record<string, unknown>[],
): boolean {
  return (
    trafficColumnProblem(columns) === '' &&
    NUMBERS.every(
      (name) => String(columnNamed(columns, name)?.column_type) === 'DOUBLE',
    )
  );
}

/** The column of this name, or else the first of this name in any case. */
function columnNamed(
  columns: readonly Record<string, unknown>[],
  name: string,
): Record<string, unknown> | undefined {
  return (
    columns.find((c) => String(c.column_name) === name) ??
    columns.find((c) => String(c.column_name).toLowerCase() === name)
  );
}

/**
 * Reads a traffic file's footer as the view reads the file
 * (`TRAFFIC_READ_OPTIONS`) and judges it: unreadable, of a schema
 * the contract refuses (`trafficColumnProblem`), or good, and then
 * whether a view may start with it (`holdsEveryTrafficFile`).
 *
 * @param describe - runs a DuckDB statement
 * @param path - the file
 * @returns its verdict
 * @example
 * await inspectTrafficFile(describe, 'lake/traffic/dt=2026-01-01/a.parquet');
 * // { reason: '', holdsAll: true, mistyped: false }
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
    return { reason, holdsAll: false, mistyped: false };
  }
  const reason = trafficColumnProblem(columns);
  const names = Object.keys(TRAFFIC_SCHEMA);
  return {
    reason,
    holdsAll: holdsEveryTrafficFile(columns),
    mistyped: reason !== '' && names.every((n) => columnNamed(columns, n)),
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
 * // { reason: '', holdsAll: false, mistyped: false }
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
  return rows.length === 1 && Number(rows[0]?.num_rows) === 0
    ? { reason: '', holdsAll: false, mistyped: false }
    : verdict;
}
