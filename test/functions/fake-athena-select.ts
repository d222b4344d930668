import type { ColumnInfo } from '@aws-sdk/client-athena';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { QueryEngine, SqlRow } from '#lib/ports/query-engine';

/** A CSV cell as Athena writes it: quoted, or empty and unquoted for NULL. */
function cell(value: SqlRow[string]): string {
  if (value === null || value === undefined) return '';
  return `"${String(value).replaceAll('"', '""')}"`;
}

function columnsOf(rows: readonly SqlRow[]): ColumnInfo[] {
  const names = Object.keys(rows[0] ?? {});
  return names.map((Name) => {
    const value = rows.find((row) => row[Name] !== null)?.[Name];
    const Type =
      typeof value === 'number'
        ? 'double'
        : typeof value === 'boolean'
          ? 'boolean'
          : 'varchar';
    return { Name, Type };
  });
}

/**
 * Runs a SELECT on DuckDB and writes its rows to S3 as Athena's CSV
 * output object, `s3://lake/athena-results/<id>.csv`.
 *
 * @returns the result's columns, as GetQueryResults reports them
 */
export async function runSelect(
  engine: QueryEngine,
  s3: S3Client,
  id: string,
  sql: string,
): Promise<ColumnInfo[]> {
  const rows = await engine.query(sql);
  const info = columnsOf(rows);
  const header = info.map((c) => cell(c.Name ?? '')).join(',');
  const lines = rows.map((row) =>
    info.map((c) => cell(row[c.Name ?? ''] ?? null)).join(','),
  );
  await s3.send(
    new PutObjectCommand({
      Bucket: 'lake',
      Key: `athena-results/${id}.csv`,
      Body: `${[header, ...lines].join('\n')}\n`,
    }),
  );
  return info;
}
