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
 * another type, or '' when the file meets it.
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
  const types = new Map(
    columns.map((c) => [String(c.column_name), String(c.column_type)]),
  );
  for (const [name, [accepted, wanted]] of Object.entries(TRAFFIC_SCHEMA)) {
    const type = types.get(name);
    if (type === undefined) return `has no column ${name}`;
    if (!accepted.test(type)) {
      return `column ${name} is ${type}, expected ${wanted}`;
    }
  }
  return '';
}
