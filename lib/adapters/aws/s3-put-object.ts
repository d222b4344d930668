import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { StoreConflictError } from '#lib/errors';
import type { WriteCondition } from '#lib/ports/object-store';
import { getS3Object } from './s3-get-object.ts';
import {
  isConflict,
  isMissing,
  toStoreError,
  wasRepeated,
} from './s3-store-errors.ts';

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
 * version read was deleted since), becomes a `StoreConflictError`. A
 * condition refused to the SDK's repeat of the request (S3 answered the
 * first 500, or the answer was lost) may be refused because the first
 * attempt was carried out: when the object then holds this very body, the
 * write is this one's and its ETag is returned (docs/architecture.md
 * "Leftovers").
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
        ...conditionHeader(condition),
      }),
    );
    return out.ETag ?? '';
  } catch (error) {
    if (condition === undefined || !isRefused(error, condition)) {
      throw toStoreError('write', url, error);
    }
    const own = wasRepeated(error) ? await ownWrite(s3, put) : undefined;
    if (own !== undefined) return own;
    throw new StoreConflictError(key, `${url} changed or exists already`, {
      cause: error,
    });
  }
}

function conditionHeader(condition: WriteCondition | undefined) {
  if (condition === undefined) return {};
  return 'ifNoneMatch' in condition
    ? { IfNoneMatch: '*' }
    : { IfMatch: condition.ifMatch };
}

/**
 * Whether S3 refused the condition: 412, 409, or, for `If-Match`, 404
 * (S3 answers If-Match on a key with no object so, not 412).
 */
function isRefused(error: unknown, condition: WriteCondition): boolean {
  return isConflict(error) || ('ifMatch' in condition && isMissing(error));
}

/**
 * The object's ETag when it holds this put's body, else undefined (read
 * as the store reads, a body cut off midway read again).
 */
async function ownWrite(s3: S3Client, put: S3Put): Promise<string | undefined> {
  const key = put.prefix + put.key;
  const read = await getS3Object(s3, put.bucket, key).catch((error) => {
    const url = `s3://${put.bucket}/${key}`;
    throw toStoreError('read back the refused write of', url, error);
  });
  const mine = typeof put.body === 'string' ? Buffer.from(put.body) : put.body;
  const same = read !== undefined && Buffer.from(read.body).equals(mine);
  return same ? read.version : undefined;
}
