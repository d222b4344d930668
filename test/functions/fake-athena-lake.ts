import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  GetObjectCommand,
  ListObjectsV2Command,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import type { QueryEngine } from '#lib/ports/query-engine';

/** ETags of the rolled-up objects last copied to the local lake, per key. */
const synced = new Map<string, string>();

/**
 * Copies the rolled-up tables the Athena adapter wrote to S3 (UNLOAD into
 * staging, then moved into `dt=` folders) into the local lake DuckDB
 * reads, as Athena reads S3 itself: new or changed objects are copied,
 * removed ones deleted, then the engine's views re-read the folders.
 */
export async function syncRollups(
  engine: QueryEngine,
  lakeDir: string,
  s3: S3Client,
) {
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

/** Loads `inventory_links` from the Parquet file the Lambda wrote to S3. */
export async function loadInventory(engine: QueryEngine, s3: S3Client) {
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
