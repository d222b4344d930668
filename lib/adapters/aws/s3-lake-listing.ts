import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type {
  LakeTable,
  PartitionFile,
  PartitionListing,
} from '#lib/ports/query-engine';
import { LakeDataError } from '#lib/query-error';
import { isDayFolder, isHiddenName } from '../shared/day-folder.ts';
import { MARKER_FILE, parseMarker } from '../shared/partition-marker.ts';
import type { S3ObjectStore } from './s3-object-store.ts';

/** An object of the lake bucket: key and size. */
export interface LakeObject {
  readonly key: string;
  readonly bytes: number;
}

/**
 * Every object under a prefix, with its size (all pages).
 *
 * @param s3 - the S3 client
 * @param bucket - the lake bucket
 * @param prefix - the key prefix
 * @returns keys and sizes
 * @example
 * await listObjects(s3, 'lake', 'series_daily/dt=');
 */
export async function listObjects(
  s3: S3Client,
  bucket: string,
  prefix: string,
): Promise<LakeObject[]> {
  const objects: LakeObject[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({
        Bucket: bucket,
        Prefix: prefix,
        ContinuationToken: token,
      }),
    );
    for (const { Key, Size } of page.Contents ?? []) {
      if (Key) objects.push({ key: Key, bytes: Size ?? 0 });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects;
}

/**
 * The day of a key below a lake table's prefix, and the key's name in
 * that day's folder; none for hidden names (`.`, `_`: the Hive
 * convention). A folder that is not `dt=` and a real day, or an object
 * beside the day folders, stops with an error naming it, as in the local
 * lake: a misnamed day would otherwise be left out without a word.
 *
 * @param bucket - the lake bucket
 * @param table - the table
 * @param key - a key (or common prefix) starting with `<table>/`
 * @returns the day and the rest of the key, or undefined
 * @throws LakeDataError naming the key
 * @example
 * partitionOfKey('lake', 'traffic', 'traffic/dt=2026-01-01/a.parquet');
 * // { dt: '2026-01-01', name: 'a.parquet' }
 */
export function partitionOfKey(
  bucket: string,
  table: LakeTable,
  key: string,
): { dt: string; name: string } | undefined {
  const [folder = '', ...rest] = key.slice(table.length + 1).split('/');
  const shown = `s3://${bucket}/${key}`;
  if (rest.length === 0) {
    if (folder === '' || isHiddenName(folder)) return undefined;
    throw new LakeDataError(
      `${shown} is an object where the lake needs a dt=YYYY-MM-DD folder`,
    );
  }
  if (!isDayFolder(folder, shown)) return undefined;
  return { dt: folder.slice(3), name: rest.join('/') };
}

/**
 * The `dt=` folders of a lake table in S3: data files (Athena writes
 * them without an extension; names starting with `_` or `.` are not
 * data) and, for the rollup's tables, the marker. A key below the table
 * whose folder is not `dt=` and a real day stops the listing with an
 * error naming it, as the local lake does.
 *
 * @param s3 - the S3 client
 * @param lake - the lake bucket's store (to read markers)
 * @param bucket - the lake bucket
 * @param table - the table
 * @returns one listing per day, sorted
 * @example
 * await describeS3Partitions(s3, lake, 'lake', 'series_daily');
 */
export async function describeS3Partitions(
  s3: S3Client,
  lake: S3ObjectStore,
  bucket: string,
  table: LakeTable,
): Promise<PartitionListing[]> {
  const objects = await listObjects(s3, bucket, `${table}/`);
  const days = filesByDay(bucket, table, objects);
  const sorted = [...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return Promise.all(
    sorted.map(async ([dt, { files, marked }]) => {
      const text = marked
        ? await lake.get(`${table}/dt=${dt}/${MARKER_FILE}`)
        : undefined;
      const marker = text && parseMarker(new TextDecoder().decode(text));
      return { dt, files, ...(marker ? { marker } : {}) };
    }),
  );
}

/**
 * A table's objects by day: the data files of each `dt=` folder and
 * whether it holds the marker. Only a day folder's own files count, as
 * in the local lake; a folder placeholder (the console's "Create
 * folder") has an empty name.
 */
export function filesByDay(
  bucket: string,
  table: LakeTable,
  objects: readonly LakeObject[],
): Map<string, { files: PartitionFile[]; marked: boolean }> {
  const days = new Map<string, { files: PartitionFile[]; marked: boolean }>();
  for (const { key, bytes } of objects) {
    const found = partitionOfKey(bucket, table, key);
    if (!found || found.name === '' || found.name.includes('/')) continue;
    const { dt, name } = found;
    const day = days.get(dt) ?? { files: [], marked: false };
    days.set(dt, day);
    if (name === MARKER_FILE) day.marked = true;
    else if (!isHiddenName(name)) day.files.push({ name, bytes });
  }
  return days;
}
