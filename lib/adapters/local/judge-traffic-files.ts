import { sqlString } from '#lib/sql/sql-literals';
import {
  type Describe,
  fileVerdict,
  inspectTrafficFile,
  type TrafficVerdict,
} from './inspect-traffic-file.ts';

/**
 * A verdict for each file, one inspection per schema (and a look at the
 * row count of a file of a schema refused for a type): the footers are
 * read in one query ({@link parquetSchemas}) and files with the same
 * schema share the inspection.
 *
 * @param describe - runs a query on DuckDB
 * @param files - the files' paths on disk and their keys
 * @returns key → the file's verdict
 * @example
 * const verdicts = await judgeTrafficFiles(describe, [{ path, key }]);
 */
export async function judgeTrafficFiles(
  describe: Describe,
  files: readonly { readonly path: string; readonly key: string }[],
): Promise<Map<string, TrafficVerdict>> {
  const schemas = await parquetSchemas(
    describe,
    files.map((f) => f.path),
  );
  const bySchema = new Map<string, TrafficVerdict>();
  const verdicts = new Map<string, TrafficVerdict>();
  for (const { path, key } of files) {
    const schema = schemas.get(path);
    let verdict = schema === undefined ? undefined : bySchema.get(schema);
    if (verdict === undefined) {
      verdict = await inspectTrafficFile(describe, path);
      if (schema !== undefined) bySchema.set(schema, verdict);
    }
    verdicts.set(key, await fileVerdict(describe, path, verdict));
  }
  return verdicts;
}

/**
 * Each Parquet file's whole schema as text, read in one `parquet_schema`
 * query: files with the same text share one verdict (a query per file
 * cost 1 s of a 14 s rollup of the sample). Empty for fewer than two
 * files (nothing to share), and when the query fails (a file is not
 * Parquet), so that each file is checked on its own and the unreadable
 * one is named.
 *
 * @param describe - runs a query on DuckDB
 * @param paths - the files' paths on disk
 * @returns path → its schema; empty when one is unreadable
 * @example
 * const schemas = await parquetSchemas(describe, [a, b]);
 * schemas.get(a) === schemas.get(b); // the same schema: one verdict
 */
async function parquetSchemas(
  describe: Describe,
  paths: readonly string[],
): Promise<Map<string, string>> {
  if (paths.length < 2) return new Map();
  try {
    const rows = await describe(
      `SELECT file_name, string_agg(CAST(to_json(struct_pack(name, type,
           type_length, repetition_type, num_children, converted_type, scale,
           precision, field_id, logical_type, duckdb_type)) AS VARCHAR), '|'
           ORDER BY column_id) AS schema
         FROM parquet_schema([${paths.map(sqlString).join(', ')}])
         GROUP BY file_name`,
    );
    return new Map(rows.map((r) => [String(r.file_name), String(r.schema)]));
  } catch {
    return new Map();
  }
}
