import { DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { StoreConflictError } from '#lib/errors';
import {
  isConflict,
  isMissing,
  toStoreError,
  wasRepeated,
} from './s3-store-errors.ts';

/** One object to delete: a key below the store's prefix of a bucket. */
export interface S3DeleteIf {
  readonly bucket: string;
  /** The store's key prefix ('' for none). */
  readonly prefix: string;
  readonly key: string;
  /** The ETag the object must still have. */
  readonly ifMatch: string;
}

/**
 * Deletes an object only if its ETag is still the one read: one
 * DeleteObject with `If-Match`, which S3 checks against the key's current
 * version atomically with the delete. S3 answers a different ETag 412
 * PreconditionFailed (409 when a write of the key raced it), which
 * becomes a `StoreConflictError`, and a key with no current object (none,
 * or a delete marker in a versioned bucket) 404 NoSuchKey, which is left
 * as it is: nothing is there to delete, whether another run released it
 * or this delete's first attempt did and its answer was lost. A 412 to
 * the SDK's repeat of the delete is `repeated`: the first attempt may
 * have deleted the version, and another run created the key since
 * (docs/architecture.md "Leftovers", locks).
 *
 * @param s3 - the S3 client
 * @param target - bucket, prefix, key and the ETag read
 * @throws StoreConflictError when the object holds another version
 * @throws StoreError naming the object for any other failure
 * @example
 * await deleteS3ObjectIf(s3, { bucket: 'headroom-reports', prefix: '',
 *   key: 'state/run.lock', ifMatch: '"0cc175b9c0f1b6a831c399e269772661"' });
 */
export async function deleteS3ObjectIf(
  s3: S3Client,
  target: S3DeleteIf,
): Promise<void> {
  const { bucket, prefix, key, ifMatch } = target;
  const url = `s3://${bucket}/${prefix}${key}`;
  try {
    await s3.send(
      new DeleteObjectCommand({
        Bucket: bucket,
        Key: prefix + key,
        IfMatch: ifMatch,
      }),
    );
  } catch (error) {
    if (isMissing(error)) return;
    if (!isConflict(error)) throw toStoreError('delete', url, error);
    throw new StoreConflictError(key, `${url} changed since it was read`, {
      cause: error,
      repeated: wasRepeated(error),
    });
  }
}
