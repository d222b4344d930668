import { DeleteObjectsCommand, type S3Client } from '@aws-sdk/client-s3';
import { StoreError } from '#lib/errors';
import { toStoreError } from './s3-store-errors.ts';

/** S3 deletes at most this many keys per DeleteObjects request. */
const DELETE_BATCH = 1000;

/**
 * Deletes keys below a prefix of a bucket, a DeleteObjects request per
 * {@link DELETE_BATCH} keys, one after the other.
 *
 * @param s3 - the S3 client
 * @param bucket - the bucket
 * @param prefix - the store's key prefix ('' for none)
 * @param keys - keys relative to the prefix
 * @returns when every batch is deleted
 * @throws StoreError when a request fails or S3 reports keys not deleted
 * @example
 * await deleteS3Keys(s3, 'headroom-reports', '', ['runs/r1/plan.json']);
 */
export async function deleteS3Keys(
  s3: S3Client,
  bucket: string,
  prefix: string,
  keys: readonly string[],
): Promise<void> {
  for (let i = 0; i < keys.length; i += DELETE_BATCH) {
    const batch = keys.slice(i, i + DELETE_BATCH);
    await deleteBatch(s3, bucket, prefix, batch);
  }
}

async function deleteBatch(
  s3: S3Client,
  bucket: string,
  prefix: string,
  keys: readonly string[],
): Promise<void> {
  let errors: { Key?: string; Message?: string }[] = [];
  try {
    const out = await s3.send(
      new DeleteObjectsCommand({
        Bucket: bucket,
        Delete: {
          Objects: keys.map((key) => ({ Key: prefix + key })),
          Quiet: true,
        },
      }),
    );
    errors = out.Errors ?? [];
  } catch (error) {
    const url = `s3://${bucket}/${prefix}${keys.length} keys`;
    throw toStoreError('delete', url, error);
  }
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new StoreError(
      `cannot delete ${errors.length} of ${keys.length} keys in s3://${bucket}: ${first.Key} ${first.Message ?? ''}`.trim(),
    );
  }
}
