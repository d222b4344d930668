import {
  columnNamed,
  TRAFFIC_SCHEMA,
  UNREAD_COLUMNS,
} from './traffic-contract.ts';

/**
 * The columns the rollup never reads (`in_bps`) that a traffic file has
 * of a type the contract refuses (text, BIGINT): the file is read
 * without them, each NULL, where it was set aside with its rows that
 * Athena reads (a query that never reads a Parquet column never checks
 * its type).
 *
 * @param columns - DuckDB `DESCRIBE` rows (`column_name`, `column_type`)
 * @returns each such column's contract name and its type in the file
 * @example
 * mistypedUnreadColumns([{ column_name: 'in_bps', column_type: 'VARCHAR' }]);
 * // [{ name: 'in_bps', type: 'VARCHAR' }]
 */
export function mistypedUnreadColumns(
  columns: readonly Record<string, unknown>[],
): { name: string; type: string }[] {
  return UNREAD_COLUMNS.flatMap((name) => {
    const type = String(columnNamed(columns, name)?.column_type);
    const accepted = TRAFFIC_SCHEMA[name]![0];
    return columnNamed(columns, name) === undefined || accepted.test(type)
      ? []
      : [{ name, type }];
  });
}
