import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AthenaClient,
  type ColumnInfo,
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  StartQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import type { LakeTable, QueryEngine, SqlRow } from '#lib/ports/query-engine';

const UNLOAD =
  /^UNLOAD \(([\s\S]*)\) TO 's3:\/\/([^/]+)\/(\w+)\/dt=(\d{4}-\d{2}-\d{2})\/' WITH/;

const UNLOAD_PARTITIONED =
  /^UNLOAD \(([\s\S]*)\) TO 's3:\/\/([^/]+)\/(runs\/[^']+)\/' WITH \([^)]*partitioned_by = ARRAY\['(\w+)'\]\)$/;

/** Runs a partitioned UNLOAD on DuckDB and uploads its files like Athena. */
async function unloadPartitioned(
  match: string[],
  engine: QueryEngine,
  lakeDir: string,
  s3: S3Client,
) {
  const [, select, bucket, prefix, partitionBy] = match;
  await engine.unload(select!, { prefix: prefix!, partitionBy: partitionBy! });
  const root = join(lakeDir, prefix!);
  for (const part of await readdir(root)) {
    for (const name of await readdir(join(root, part))) {
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          // Athena names its files without an extension.
          Key: `${prefix}/${part}/${name.replace(/\.parquet$/, '')}`,
          Body: await readFile(join(root, part, name)),
        }),
      );
    }
  }
}

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
 * Mocks every AthenaClient with a stand-in that runs the SQL on a DuckDB
 * engine (the same Trino-dialect text the local run uses) and behaves like
 * Athena towards S3: SELECT results become the CSV output object, UNLOAD
 * writes the Parquet files under the target prefix.
 *
 * @param engine - DuckDB over a copy of the lake
 * @param lakeDir - that copy's folder (UNLOAD's files are uploaded from it)
 * @param s3 - a client of the S3 server the Lambda uses
 * @returns the mock, to inspect the commands
 * @example
 * const athena = fakeAthena(duck, dir, s3rver.client);
 */
export function fakeAthena(engine: QueryEngine, lakeDir: string, s3: S3Client) {
  const mock = mockClient(AthenaClient);
  const columns = new Map<string, ColumnInfo[]>();
  let count = 0;
  mock.on(StartQueryExecutionCommand).callsFake(async (input) => {
    const id = `q-${++count}`;
    const sql: string = input.QueryString;
    const partitioned = UNLOAD_PARTITIONED.exec(sql);
    if (partitioned) {
      await unloadPartitioned([...partitioned], engine, lakeDir, s3);
      return { QueryExecutionId: id };
    }
    const unload = UNLOAD.exec(sql);
    if (unload) {
      const [, select, bucket, table, dt] = unload as unknown as string[];
      await engine.replacePartition(table as LakeTable, dt!, select!);
      const folder = join(lakeDir, table!, `dt=${dt}`);
      for (const name of await readdir(folder)) {
        await s3.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: `${table}/dt=${dt}/${name}`,
            Body: await readFile(join(folder, name)),
          }),
        );
      }
      return { QueryExecutionId: id };
    }
    const rows = await engine.query(sql);
    const info = columnsOf(rows);
    columns.set(id, info);
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
    return { QueryExecutionId: id };
  });
  mock.on(GetQueryExecutionCommand).callsFake(async (input) => ({
    QueryExecution: {
      QueryExecutionId: input.QueryExecutionId,
      Status: { State: 'SUCCEEDED' },
      ResultConfiguration: {
        OutputLocation: `s3://lake/athena-results/${input.QueryExecutionId}.csv`,
      },
    },
  }));
  mock.on(GetQueryResultsCommand).callsFake(async (input) => ({
    ResultSet: {
      ResultSetMetadata: {
        ColumnInfo: columns.get(input.QueryExecutionId) ?? [],
      },
    },
  }));
  return mock;
}
