import type { S3Client } from '@aws-sdk/client-s3';
import type { UnloadedPartition, UnloadTarget } from '#lib/ports/query-engine';
import { checkUnloadTarget } from '#lib/sql/unload-target';
import { isHiddenName } from '../shared/day-folder.ts';
import { listObjects } from './s3-lake-listing.ts';
import type { S3ObjectStore } from './s3-object-store.ts';

/**
 * Athena's UNLOAD of `selectSql` to `s3://<bucket>/<prefix>/` as
 * Snappy Parquet partitioned by its last column (Athena requires the
 * partition column last and an empty target prefix).
 *
 * @param selectSql - the SELECT, partition column last
 * @param bucket - the lake bucket
 * @param target - prefix and partition column
 * @returns the UNLOAD statement
 * @example
 * unloadPartitionedSql('SELECT x, shard FROM t', 'lake',
 *   { prefix: 'runs/r1/series', partitionBy: 'shard' });
 */
export function unloadPartitionedSql(
  selectSql: string,
  bucket: string,
  target: UnloadTarget,
): string {
  const prefix = checkUnloadTarget(target);
  const select = selectSql.trim().replace(/;$/, '');
  return (
    `UNLOAD (${select}) TO 's3://${bucket}/${prefix}/' WITH (` +
    `format = 'PARQUET', compression = 'SNAPPY', ` +
    `partitioned_by = ARRAY['${target.partitionBy}'])`
  );
}

/**
 * The data files of one partition of an UNLOAD, in key order. Athena
 * names them without an extension; keys starting with `_` or `.` are
 * markers, not data.
 *
 * @param lake - the lake bucket's store
 * @param target - prefix and partition column
 * @param value - the partition value
 * @returns each file's bytes
 * @example
 * await readUnloadedObjects(lake, target, 's0001');
 */
export async function readUnloadedObjects(
  lake: S3ObjectStore,
  target: UnloadTarget,
  value: string,
): Promise<Uint8Array[]> {
  const prefix = checkUnloadTarget(target, value);
  const folder = `${prefix}/${target.partitionBy}=${value}/`;
  const keys = (await lake.list(folder)).filter((key) => {
    const name = key.slice(key.lastIndexOf('/') + 1);
    return name !== '' && !isHiddenName(name);
  });
  const files: Uint8Array[] = [];
  for (const key of keys) {
    const bytes = await lake.get(key);
    if (bytes !== undefined) files.push(bytes);
  }
  return files;
}

/**
 * Every partition of an UNLOAD with its data files' count and bytes, from
 * one listing of the prefix (no object read), in value order.
 *
 * @param s3 - the S3 client
 * @param bucket - the lake bucket
 * @param target - prefix and partition column
 * @returns the partitions
 * @example
 * await describeUnloadedObjects(s3, 'lake', target);
 */
export async function describeUnloadedObjects(
  s3: S3Client,
  bucket: string,
  target: UnloadTarget,
): Promise<UnloadedPartition[]> {
  const prefix = `${checkUnloadTarget(target)}/${target.partitionBy}=`;
  const found = new Map<string, { files: number; bytes: number }>();
  for (const { key, bytes } of await listObjects(s3, bucket, prefix)) {
    const [value, name, ...deeper] = key.slice(prefix.length).split('/');
    if (!value || !name || deeper.length > 0 || isHiddenName(name)) continue;
    const partition = found.get(value) ?? { files: 0, bytes: 0 };
    found.set(value, {
      files: partition.files + 1,
      bytes: partition.bytes + bytes,
    });
  }
  return [...found.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([value, counts]) => ({ value, ...counts }));
}

/**
 * Deletes every object below an unload prefix.
 *
 * @param lake - the lake bucket's store
 * @param prefix - below `runs/`
 * @returns when done
 * @example
 * await removeUnloadedObjects(lake, 'runs/r1');
 */
export async function removeUnloadedObjects(
  lake: S3ObjectStore,
  prefix: string,
): Promise<void> {
  const folder = checkUnloadTarget({ prefix, partitionBy: 'x' });
  await lake.delete(await lake.list(`${folder}/`));
}
