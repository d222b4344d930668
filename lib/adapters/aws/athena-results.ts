import { pipeline, Readable } from 'node:stream';
import {
  type AthenaClient,
  type ColumnInfo,
  GetQueryResultsCommand,
  type QueryExecution,
} from '@aws-sdk/client-athena';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type CastingContext, parse } from 'csv-parse';
import type { SqlRow, SqlValue } from '#lib/ports/query-engine';
import { QueryError } from '#lib/query-error';
import { type AthenaTiming, callAthena } from './athena-timing.ts';

const NUMERIC = new Set([
  'tinyint',
  'smallint',
  'integer',
  'int',
  'bigint',
  'real',
  'float',
  'double',
  'decimal',
]);

/** Converts one CSV cell to the column's type; `null` for SQL NULL. */
type Caster = (text: string) => SqlValue;

/**
 * A caster per column from Athena's column types: numbers for the integer,
 * floating and decimal types, booleans for `boolean`, strings for the rest
 * (varchar, date, timestamp).
 *
 * @param columns - `ResultSetMetadata.ColumnInfo` of the query
 * @returns a caster per column name
 * @example
 * castersFor([{ Name: 'n', Type: 'bigint' }]).get('n')?.('3'); // 3
 */
export function castersFor(
  columns: readonly ColumnInfo[],
): Map<string, Caster> {
  const casters = new Map<string, Caster>();
  for (const { Name, Type } of columns) {
    const type = (Type ?? 'varchar').toLowerCase().replace(/\(.*$/, '');
    const cast: Caster = NUMERIC.has(type)
      ? Number
      : type === 'boolean'
        ? (text) => text === 'true'
        : (text) => text;
    casters.set(Name ?? '', cast);
  }
  return casters;
}

/**
 * Parses `s3://bucket/key` into its parts.
 *
 * @param uri - an S3 URI
 * @returns bucket and key
 * @example
 * parseS3Uri('s3://b/athena-results/q.csv'); // { bucket: 'b', key: '…' }
 */
export function parseS3Uri(uri: string): { bucket: string; key: string } {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (!match) throw new Error(`expected an s3://bucket/key URI, got ${uri}`);
  return { bucket: match[1]!, key: match[2]! };
}

/**
 * The rows of a finished query, a page of at most `pageRows` at a time:
 * its column types from one `GetQueryResults` call with `MaxResults: 1`,
 * then its CSV output object, parsed as it arrives (never paged through
 * `GetQueryResults`), each page read only when the last was taken.
 * Stopping early destroys the download.
 *
 * @param athena - the Athena client
 * @param s3 - the S3 client
 * @param execution - the finished execution
 * @param timing - retry settings for the `GetQueryResults` call
 * @param pageRows - the most rows a page holds
 * @returns the rows, keyed by column name, in pages
 * @throws QueryError when the query has no output location
 * @example
 * for await (const rows of readQueryResultPages(athena, s3, done, {}, 1000)) {
 *   rows;
 * }
 */
export async function* readQueryResultPages(
  athena: AthenaClient,
  s3: S3Client,
  execution: QueryExecution,
  timing: AthenaTiming,
  pageRows: number,
): AsyncGenerator<SqlRow[]> {
  const id = execution.QueryExecutionId;
  const head = await callAthena(
    () =>
      athena.send(
        new GetQueryResultsCommand({ QueryExecutionId: id, MaxResults: 1 }),
      ),
    timing,
  );
  const columns = head.ResultSet?.ResultSetMetadata?.ColumnInfo ?? [];
  const location = execution.ResultConfiguration?.OutputLocation;
  if (!location) throw new QueryError(`query ${id} has no output location`);
  const { bucket, key } = parseS3Uri(location);
  const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!out.Body) return;
  const parser = csvResultParser(columns);
  const source = Readable.from(out.Body as AsyncIterable<Uint8Array>);
  // pipeline destroys the parser with the source's error, so the loop
  // throws; and the source with the parser, when the caller stops.
  pipeline(source, parser, () => {});
  try {
    let page: SqlRow[] = [];
    for await (const row of parser) {
      page.push(row as SqlRow);
      if (page.length < pageRows) continue;
      yield page;
      page = [];
    }
    if (page.length > 0) yield page;
  } finally {
    parser.destroy();
  }
}

/**
 * Athena's CSV result as typed rows. Athena quotes every value and
 * writes SQL NULL as an empty unquoted field, which is how NULL and the
 * empty string are told apart.
 */
function csvResultParser(columns: readonly ColumnInfo[]) {
  const casters = castersFor(columns);
  return parse({
    columns: true,
    cast: (value: string, context: CastingContext) => {
      if (context.header) return value;
      if (value === '' && !context.quoting) return null;
      const cast = casters.get(String(context.column));
      return cast ? cast(value) : value;
    },
  });
}
