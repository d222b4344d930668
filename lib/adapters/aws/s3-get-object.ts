import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { VersionedObject } from '#lib/ports/object-store';
import { sendWithRetry } from './retry.ts';
import { isDroppedConnection, isMissing } from './s3-store-errors.ts';

/**
 * Reads an object whole with its ETag. The SDK repeats a GetObject that
 * fails, but not one whose body is cut off after S3 answered: that read
 * is repeated here, 3 reads in all.
 *
 * @param s3 - the S3 client
 * @param bucket - the bucket
 * @param key - the object's key in the bucket
 * @returns the body and ETag, or undefined when there is no such key
 * @throws what the S3 client threw, for any other failure
 * @example
 * const read = await getS3Object(s3, 'headroom-reports', 'state/run.lock');
 */
export async function getS3Object(
  s3: S3Client,
  bucket: string,
  key: string,
): Promise<VersionedObject | undefined> {
  const read = async () => {
    const out = await s3.send(
      new GetObjectCommand({ Bucket: bucket, Key: key }),
    );
    const body = out.Body
      ? await out.Body.transformToByteArray()
      : new Uint8Array();
    return { body, version: out.ETag ?? '' };
  };
  try {
    const retry = { attempts: 3, retryable: isDroppedConnection };
    return await sendWithRetry(read, { ...retry, baseMs: 100 });
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}
