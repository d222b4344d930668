import { type DuckDBResultReader, DuckDBTypeId } from '@duckdb/node-api';
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
  const names = reader.deduplicatedColumnNames();
  const types = names.map((_, index) => reader.columnTypeId(index));
  return reader.getRowsJS().map((values) => {
    const row: Record<string, SqlValue> = {};
    names.forEach((name, index) => {
      row[name] = toSqlValue(values[index], types[index]!);
    });
    return row;
  });
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
