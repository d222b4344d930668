import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { toStoreError } from './s3-store-errors.ts';

/**
 * Every key of a bucket below the store's prefix and `under` it, all
 * pages followed, relative to the store's prefix, sorted.
 *
 * @param s3 - the S3 client
 * @param bucket - the bucket
 * @param prefix - the store's key prefix ('' for none)
 * @param under - the prefix to list, relative to the store's
 * @returns the keys, without the store's prefix
 * @throws StoreError when a page cannot be listed
 * @example
 * await listS3Keys(s3, 'headroom-reports', '', 'reports/latest/');
 */
export async function listS3Keys(
  s3: S3Client,
  bucket: string,
  prefix: string,
  under: string,
): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  try {
    do {
      const page = await s3.send(
        new ListObjectsV2Command({
          Bucket: bucket,
          Prefix: prefix + under,
          ContinuationToken: token,
        }),
      );
      for (const { Key } of page.Contents ?? []) {
        if (Key) keys.push(Key.slice(prefix.length));
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  } catch (error) {
    throw toStoreError('list', `s3://${bucket}/${prefix}${under}*`, error);
  }
  return keys.sort();
}
