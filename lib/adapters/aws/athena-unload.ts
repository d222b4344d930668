import type { UnloadTarget } from '#lib/ports/query-engine';
import { checkUnloadTarget } from '#lib/sql/unload-target';
import { isHiddenName } from '../shared/day-folder.ts';
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
