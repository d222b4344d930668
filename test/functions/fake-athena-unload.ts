import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { QueryEngine } from '#lib/ports/query-engine';

/**
 * Athena's documented partitioned UNLOAD: `UNLOAD (SELECT …) TO
 * 's3://bucket/prefix/' WITH (format = 'PARQUET', …, partitioned_by =
 * ARRAY['dt'])`.
 */
export const UNLOAD =
  /^UNLOAD \(([\s\S]*)\) TO 's3:\/\/([^/]+)\/([^']*\/)' WITH \(format = 'PARQUET', compression = 'SNAPPY', partitioned_by = ARRAY\['(\w+)'\]\)$/;

/** An UNLOAD of a run's rows, partitioned under `runs/…/`. */
export const UNLOAD_PARTITIONED =
  /^UNLOAD \(([\s\S]*)\) TO 's3:\/\/([^/]+)\/(runs\/[^']+)\/' WITH \([^)]*partitioned_by = ARRAY\['(\w+)'\]\)$/;

/** Runs a partitioned UNLOAD on DuckDB and uploads its files like Athena. */
export async function unloadPartitioned(
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

/** Runs a partitioned UNLOAD as Athena would, or fails as Athena does. */
export async function runUnload(
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
