/** Column → accepted DuckDB types (the traffic contract). */
export const TRAFFIC_SCHEMA: Readonly<
  Record<string, readonly [RegExp, string]>
> = {
  ts: [/^TIMESTAMP/, 'a timestamp'],
  link_id: [/^VARCHAR$/, 'text'],
  out_bps: [/^(DOUBLE|FLOAT)$/, 'a double'],
  in_bps: [/^(DOUBLE|FLOAT)$/, 'a double'],
  capacity_bps: [/^(DOUBLE|FLOAT)$/, 'a double'],
};

/** The contract's columns the rollup never reads (`mistypedUnreadColumns`). */
export const UNREAD_COLUMNS: readonly string[] = ['in_bps'];

/**
 * What keeps a traffic file's columns from the traffic contract's types
 * (docs/architecture.md "Data contracts"): the first column of another
 * type, or '' when every column it has is of the contract's type. A
 * column is found by its name, or else by its name in any case (`TS`,
 * `Out_Bps`), as Athena reads Parquet (Trino's `getParquetTypeByName`: an
 * exact match first, then one ignoring case) and as DuckDB's SQL then
 * reads the file (its names are case-insensitive): set aside here, such a
 * file was read on AWS and left out locally. A column the file lacks is
 * no problem here (`missingTrafficColumns`): Athena reads it as NULL;
 * nor is a column the rollup never reads (`mistypedUnreadColumns`).
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
    if (column === undefined || UNREAD_COLUMNS.includes(name)) continue;
    const type = String(column.column_type);
    if (!accepted.test(type)) {
      return `column ${String(column.column_name)} is ${type}, expected ${wanted}`;
    }
  }
  return '';
}

/**
 * What makes a traffic file's columns ambiguous: a column of the
 * contract named twice, in any case (pandas writes a DataFrame with a
 * column repeated; Spark refuses one). DuckDB reads the first (the
 * second as `out_bps_1`), while Trino's lookup by name (parquet-mr's)
 * takes the exact name first (`out_bps` after `OUT_BPS`), and of two
 * exact ones the last: which one holds the traffic is unknown, and the
 * engines could each read a different one, without a word. '' when none.
 *
 * @param names - the file's top-level column names (`topLevelNames`)
 * @returns the problem, or ''
 * @example
 * repeatedColumnProblem(['ts', 'OUT_BPS', 'out_bps']);
 * // 'column out_bps is there twice (OUT_BPS, out_bps): …'
 */
export function repeatedColumnProblem(names: readonly string[]): string {
  for (const name of Object.keys(TRAFFIC_SCHEMA)) {
    const written = names.filter((n) => n.toLowerCase() === name);
    if (written.length < 2) continue;
    const as = written.every((n) => n === name)
      ? ''
      : ` (${written.join(', ')})`;
    return (
      `column ${name} is there twice${as}: which one holds the traffic is ` +
      'unknown (DuckDB reads the first, Athena may read the other); ' +
      'write it once'
    );
  }
  return '';
}

/**
 * The columns of the traffic contract a traffic file lacks, found as
 * `trafficColumnProblem` finds them (by name, or else in any case), in
 * the contract's order. Athena reads such a file all the same, each
 * column it lacks as NULL (the Glue table's columns are matched to the
 * file's by name), and the local engine reads it so too
 * (docs/architecture.md "Days with files left out, or added late").
 *
 * @param columns - DuckDB `DESCRIBE` rows (`column_name`, `column_type`)
 * @returns the names of the columns it lacks; none when it has them all
 * @example
 * missingTrafficColumns([{ column_name: 'ts', column_type: 'VARCHAR' }]);
 * // ['link_id', 'out_bps', 'in_bps', 'capacity_bps']
 */
export function missingTrafficColumns(
  columns: readonly Record<string, unknown>[],
): string[] {
  return Object.keys(TRAFFIC_SCHEMA).filter(
    (name) => columnNamed(columns, name) === undefined,
  );
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
 * @returns true when the file has every column of the contract, of its
 *   types, with the numbers DOUBLE
 * @example
 * holdsEveryTrafficFile([{ column_name: 'out_bps', column_type: 'FLOAT' }]);
 * // false
 */
export function holdsEveryTrafficFile(
  columns: readonly Record<string, unknown>[],
): boolean {
  return (
    trafficColumnProblem(columns) === '' &&
    missingTrafficColumns(columns).length === 0 &&
    NUMBERS.every(
      (name) => String(columnNamed(columns, name)?.column_type) === 'DOUBLE',
    )
  );
}

/**
 * The column of this name, or else the first of this name in any case.
 *
 * @param columns - DuckDB `DESCRIBE` rows (`column_name`, `column_type`)
 * @param name - the contract's name
 * @returns the column, or undefined
 * @example
 * columnNamed([{ column_name: 'TS', column_type: 'TIMESTAMP' }], 'ts');
 */
export function columnNamed(
  columns: readonly Record<string, unknown>[],
  name: string,
): Record<string, unknown> | undefined {
  return (
    columns.find((c) => String(c.column_name) === name) ??
    columns.find((c) => String(c.column_name).toLowerCase() === name)
  );
}
