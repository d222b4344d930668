import { NoSuchKey } from '@aws-sdk/client-s3';
import { StoreError } from '#lib/errors';

/**
 * An S3 failure as the object store reports it: what it could not do,
 * where, and S3's message, the S3 error attached.
 *
 * @param action - `read`, `write`, `list`, `delete`
 * @param url - the object, as `s3://bucket/key`
 * @param cause - the S3 error
 * @returns the error to throw
 * @example
 * throw toStoreError('read', 's3://b/runs/r1/plan.json', error);
 */
export function toStoreError(
  action: string,
  url: string,
  cause: unknown,
): StoreError {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new StoreError(`cannot ${action} ${url}: ${message}`, { cause });
}

/**
 * Whether S3 answered that the key does not exist.
 *
 * @param error - what the S3 client threw
 * @returns true for NoSuchKey, and for the NotFound of a HeadObject
 *   (an answer without a body has no error code)
 * @example
 * if (isMissing(error)) return undefined;
 */
export function isMissing(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  return (
    error instanceof NoSuchKey || name === 'NoSuchKey' || name === 'NotFound'
  );
}

/**
 * 412: the condition failed; 409: a concurrent conditional write won.
 *
 * @param error - what the S3 client threw
 * @returns true when a conditional write lost
 * @example
 * if (isConflict(error)) throw new StoreConflictError(key, '…');
 */
export function isConflict(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode;
  return (
    status === 412 ||
    status === 409 ||
    e.name === 'PreconditionFailed' ||
    e.name === 'ConditionalRequestConflict'
  );
}

/**
 * Whether the SDK sent the request more than once (S3 answered 500, or
 * the answer was lost): its first attempt may have been carried out.
 *
 * @param error - what the S3 client threw
 * @returns true after more than one attempt
 * @example
 * if (isConflict(error) && wasRepeated(error)) return readBack();
 */
export function wasRepeated(error: unknown): boolean {
  const { $metadata } = error as { $metadata?: { attempts?: number } };
  return ($metadata?.attempts ?? 1) > 1;
}

/** Node's codes for a connection that dropped or stalled. */
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED']);

/**
 * Whether the connection dropped, e.g. while an object's body streamed in:
 * the SDK retries a request that fails so, but not a body cut off after
 * S3 answered, so a read repeats it itself (a GET can be repeated).
 *
 * @param error - what the S3 client or the body stream threw
 * @returns true for a reset, broken or timed-out connection
 * @example
 * isDroppedConnection(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })); // true
 */
export function isDroppedConnection(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return DROPPED.has(e?.code ?? '') || e?.message === 'aborted';
}
