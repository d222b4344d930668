/**
 * The names of a Parquet file's top-level columns, from its
 * `parquet_schema` rows (depth first: the root, then each column and the
 * fields nested in it): a struct's fields are not columns, and a struct
 * `meta` with its own `link_id` read as the contract's column named twice.
 *
 * @param rows - `parquet_schema` rows (`name`, `num_children`), in order
 * @returns the top-level names, in the file's order
 * @example
 * topLevelNames([{ name: 'schema', num_children: 2 },
 *   { name: 'ts' }, { name: 'meta', num_children: 1 }, { name: 'ts' }]);
 * // ['ts', 'meta']
 */
export function topLevelNames(
  rows: readonly Record<string, unknown>[],
): string[] {
  const names: string[] = [];
  // The nodes still to pass of the column last named: its nested fields.
  let nested = 0;
  for (const row of rows.slice(1)) {
    const children = Number(row.num_children ?? 0);
    if (nested > 0) {
      nested += children - 1;
      continue;
    }
    names.push(String(row.name));
    nested = children;
  }
  return names;
}
