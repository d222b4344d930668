import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { LakeTable } from '#lib/ports/query-engine';
import { filesByDay, listObjects, partitionOfKey } from './s3-lake-listing.ts';

/**
 * The `dt` days of a lake table in S3 with data files, as the port and
 * the local lake have them. Traffic's are its day folders (common
 * prefixes, one listing page at a time: a day may hold thousands of
 * files). A rolled-up table is listed whole (a file or two and the
 * marker a day): a day whose rollup found no rows holds the marker alone
 * (an UNLOAD writes no file for no rows), and is no rolled-up day for
 * the freshness check (`checkLakeCoverage`) or a backtest's range. An
 * object beside the day folders stops the listing with an error naming
 * it, unless it is hidden.
 *
 * @param s3 - the S3 client
 * @param bucket - the lake bucket
 * @param table - the table
 * @returns the days, sorted
 * @throws LakeDataError naming a key that is not a day folder
 * @example
 * await listS3PartitionDays(s3, 'lake', 'traffic'); // ['2026-01-01', …]
 */
export async function listS3PartitionDays(
  s3: S3Client,
  bucket: string,
  table: LakeTable,
): Promise<string[]> {
  if (table !== 'traffic') {
    const objects = await listObjects(s3, bucket, `${table}/`);
    const days = filesByDay(bucket, table, objects);
    return [...days]
      .filter(([, day]) => day.files.length > 0)
      .map(([dt]) => dt)
      .sort();
  }
  const days: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({
        Bucket: bucket,
        Prefix: `${table}/`,
        Delimiter: '/',
        ContinuationToken: token,
      }),
    );
    for (const { Prefix = '' } of page.CommonPrefixes ?? []) {
      const day = partitionOfKey(bucket, table, Prefix);
      if (day) days.push(day.dt);
    }
    // Objects beside the day folders: stops at any but a hidden one.
    for (const { Key = '' } of page.Contents ?? []) {
      partitionOfKey(bucket, table, Key);
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return days.sort();
}
