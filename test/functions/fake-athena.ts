import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import {
  AthenaClient,
  type ColumnInfo,
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  StartQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import type { QueryEngine, SqlRow } from '#lib/ports/query-engine';

/**
 * Athena's documented partitioned UNLOAD: `UNLOAD (SELECT …) TO
 * 's3://bucket/prefix/' WITH (format = 'PARQUET', …, partitioned_by =
 * ARRAY['dt'])`.
 */
const UNLOAD =
  /^UNLOAD \(([\s\S]*)\) TO 's3:\/\/([^/]+)\/([^']*\/)' WITH \(format = 'PARQUET', compression = 'SNAPPY', partitioned_by = ARRAY\['(\w+)'\]\)$/;

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

/** What a failed statement reports, as Athena's StateChangeReason. */
const failures = new Map<string, string>();

/**
 * Mocks every AthenaClient with a stand-in that runs the SQL on a DuckDB
 * engine (the same Trino-dialect text the local run uses) and behaves like
 * Athena towards S3: SELECT results become the CSV output object; a
 * partitioned UNLOAD is checked against Athena's documented form (the
 * partition column last, an empty target prefix) and writes one
 * `dt=…/` folder of Parquet files per day under the target. The
 * inventory the Lambda wrote to S3 is loaded before each statement.
 *
 * @param engine - DuckDB over a copy of the lake
 * @param lakeDir - that copy's folder
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
    try {
      await loadInventory(engine, s3);
      await syncRollups(engine, lakeDir, s3);
      const partitioned = UNLOAD_PARTITIONED.exec(sql);
      const unload = UNLOAD.exec(sql);
      if (partitioned) {
        await unloadPartitioned([...partitioned], engine, lakeDir, s3);
      } else if (unload) await runUnload(engine, s3, unload);
      else if (sql.startsWith('UNLOAD')) {
        throw new Error(`not Athena's partitioned UNLOAD form: ${sql}`);
      } else columns.set(id, await runSelect(engine, s3, id, sql));
    } catch (error) {
      failures.set(id, (error as Error).message);
    }
    return { QueryExecutionId: id };
  });
  mock.on(GetQueryExecutionCommand).callsFake(async (input) => {
    const reason = failures.get(input.QueryExecutionId);
    return {
      QueryExecution: {
        QueryExecutionId: input.QueryExecutionId,
        Status: reason
          ? { State: 'FAILED', StateChangeReason: reason }
          : { State: 'SUCCEEDED' },
        ResultConfiguration: {
          OutputLocation: `s3://lake/athena-results/${input.QueryExecutionId}.csv`,
        },
      },
    };
  });
  mock.on(GetQueryResultsCommand).callsFake(async (input) => ({
    ResultSet: {
      ResultSetMetadata: {
        ColumnInfo: columns.get(input.QueryExecutionId) ?? [],
      },
    },
  }));
  return mock;
}

async function runSelect(
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

/** Runs a partitioned UNLOAD as Athena would, or fails as Athena does. */
async function runUnload(
  engine: QueryEngine,
  s3: S3Client,
  [, select, bucket, prefix, column]: RegExpExecArray,
): Promise<void> {
  const listed = await s3.send(
    new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }),
  );
  if ((listed.KeyCount ?? 0) > 0) {
    throw new Error(`HIVE_PATH_ALREADY_EXISTS: s3://${bucket}/${prefix}`);
  }
  const described = await engine.query(`DESCRIBE ${select}`);
  const last = described.at(-1)?.column_name;
  if (last !== column) {
    throw new Error(`partition column ${column} must be last, got ${last}`);
  }
  const out = await mkdtemp(join(tmpdir(), 'fake-unload-'));
  try {
    await engine.query(
      `COPY (${select}) TO '${out}' (FORMAT parquet, PARTITION_BY (${column}), OVERWRITE_OR_IGNORE)`,
    );
    for (const entry of await readdir(out, {
      recursive: true,
      withFileTypes: true,
    })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          // Athena names its files without an extension.
          Key: `${prefix}${relative(out, path).replace(/\.parquet$/, '')}`,
          Body: await readFile(path),
        }),
      );
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** Loads `inventory_links` from the Parquet file the Lambda wrote to S3. */
/** ETags of the rolled-up objects last copied to the local lake, per key. */
const synced = new Map<string, string>();

/**
 * Copies the rolled-up tables the Athena adapter wrote to S3 (UNLOAD into
 * staging, then moved into `dt=` folders) into the local lake DuckDB
 * reads, as Athena reads S3 itself: new or changed objects are copied,
 * removed ones deleted, then the engine's views re-read the folders.
 */
async function syncRollups(engine: QueryEngine, lakeDir: string, s3: S3Client) {
  const seen = new Set<string>();
  let changed = false;
  for (const prefix of ['series_daily/', 'quality_daily/']) {
    const listed = await s3.send(
      new ListObjectsV2Command({ Bucket: 'lake', Prefix: prefix }),
    );
    for (const { Key, ETag } of listed.Contents ?? []) {
      if (!Key || Key.endsWith('/_SUCCESS')) continue;
      seen.add(Key);
      if (synced.get(Key) === ETag) continue;
      const object = await s3.send(
        new GetObjectCommand({ Bucket: 'lake', Key }),
      );
      const path = join(
        lakeDir,
        Key.endsWith('.parquet') ? Key : `${Key}.parquet`,
      );
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, await object.Body!.transformToByteArray());
      synced.set(Key, ETag ?? '');
      changed = true;
    }
  }
  for (const key of [...synced.keys()].filter((k) => !seen.has(k))) {
    const path = join(
      lakeDir,
      key.endsWith('.parquet') ? key : `${key}.parquet`,
    );
    await rm(path, { force: true });
    synced.delete(key);
    changed = true;
  }
  if (changed) await (engine as DuckDbQueryEngine).refreshViews();
}

async function loadInventory(engine: QueryEngine, s3: S3Client) {
  const object = await s3
    .send(
      new GetObjectCommand({
        Bucket: 'lake',
        Key: 'inventory_links/links.parquet',
      }),
    )
    .catch(() => undefined);
  if (!object?.Body) return;
  const file = join(await mkdtemp(join(tmpdir(), 'fake-inv-')), 'l.parquet');
  await writeFile(file, await object.Body.transformToByteArray());
  await engine.query(
    `CREATE OR REPLACE TABLE inventory_links AS SELECT * FROM read_parquet('${file}')`,
  );
}
