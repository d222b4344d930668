import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { StoreConflictError } from '#lib/errors';
import type { WriteCondition } from '#lib/ports/object-store';
import { isConflict, isMissing, toStoreError } from './s3-store-errors.ts';

/** One object to write: a bucket-relative key below the store's prefix. */
export interface S3Put {
  readonly bucket: string;
  /** The store's key prefix ('' for none). */
  readonly prefix: string;
  readonly key: string;
  readonly body: string | Uint8Array;
  readonly contentType?: string;
  /** `If-None-Match: *` or `If-Match: <ETag>`; none for a plain put. */
  readonly condition?: WriteCondition;
}

/**
 * Writes an object with one PutObject, which replaces it atomically;
 * conditionally when the put has a condition, where S3's 412 or 409
 * answer, and its 404 to an `If-Match` on a key with no object (the
 * version read was deleted since), becomes a `StoreConflictError`.
 *
 * @param s3 - the S3 client
 * @param put - bucket, prefix, key, body, content type, condition
 * @returns the new object's ETag
 * @throws StoreConflictError when the condition does not hold
 * @throws StoreError naming the object for any other failure
 * @example
 * await putS3Object(s3, { bucket: 'headroom-reports', prefix: '',
 *   key: 'state/run.lock', body, condition: { ifNoneMatch: '*' } });
 */
export async function putS3Object(s3: S3Client, put: S3Put): Promise<string> {
  const { bucket, prefix, key, condition } = put;
  const url = `s3://${bucket}/${prefix}${key}`;
  try {
    const out = await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: prefix + key,
        Body: put.body,
        ContentType: put.contentType,
        ...(condition === undefined
          ? {}
          : 'ifNoneMatch' in condition
            ? { IfNoneMatch: '*' }
            : { IfMatch: condition.ifMatch }),
      }),
    );
    return out.ETag ?? '';
  } catch (error) {
    // S3 answers If-Match on a key with no object 404 NoSuchKey: the
    // version read is gone, a conflict like a changed one.
    const gone = condition !== undefined && 'ifMatch' in condition;
    if (
      condition !== undefined &&
      (isConflict(error) || (gone && isMissing(error)))
    ) {
      throw new StoreConflictError(key, `${url} changed or exists already`, {
        cause: error,
      });
    }
    throw toStoreError('write', url, error);
  }
}
