import {
  type DuckDBResult,
  type DuckDBResultReader,
  DuckDBTypeId,
} from '@duckdb/node-api';
import type { SqlRow, SqlValue } from '#lib/ports/query-engine';

/**
 * Converts a DuckDB result into plain rows: integers of any width become
 * JS numbers, DATE becomes `YYYY-MM-DD`, timestamps ISO-8601 strings,
 * nested values JSON text; NaN and ±Infinity stay numbers.
 *
 * @param reader - a fully read DuckDB result
 * @returns one object per row, keyed by column name
 * @example
 * const reader = await connection.runAndReadAll('SELECT 1::BIGINT AS n');
 * toSqlRows(reader); // [{ n: 1 }]
 */
export function toSqlRows(reader: DuckDBResultReader): SqlRow[] {
  return reader.getRowsJS().map(sqlRowMaker(reader));
}

/**
 * Makes plain rows, as `toSqlRows` does, from the JS values of a result's
 * rows: a whole result's or a streamed chunk's.
 *
 * @param result - the result (or its reader), for its column names and types
 * @returns turns one row's values into a row
 * @example
 * const toRow = sqlRowMaker(result);
 * for await (const rows of result.yieldRowsJs()) rows.map(toRow);
 */
export function sqlRowMaker(
  result: Pick<DuckDBResult, 'deduplicatedColumnNames' | 'columnTypeId'>,
): (values: readonly unknown[]) => SqlRow {
  const names = result.deduplicatedColumnNames();
  const types = names.map((_, index) => result.columnTypeId(index));
  return (values) => {
    const row: Record<string, SqlValue> = {};
    names.forEach((name, index) => {
      row[name] = toSqlValue(values[index], types[index]!);
    });
    return row;
  };
}

function toSqlValue(value: unknown, type: DuckDBTypeId): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return type === DuckDBTypeId.DATE ? iso.slice(0, 10) : iso;
  }
  if (
    typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  return JSON.stringify(value, (_, inner) =>
    typeof inner === 'bigint' ? Number(inner) : inner,
  );
}

/**
 * The start of a SQL text on one line, for error messages.
 *
 * @param sql - the statement
 * @returns at most 200 characters, whitespace collapsed
 * @example
 * sqlExcerpt('SELECT\n  1'); // 'SELECT 1'
 */
export function sqlExcerpt(sql: string): string {
  const oneLine = sql.replace(/\s+/g, ' ').trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}
