import { CopyObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { StoreError } from '#lib/errors';
import { isMissing, toStoreError } from './s3-store-errors.ts';

/** Where a copy goes: bucket-relative keys, below the store's prefix. */
export interface S3Copy {
  readonly bucket: string;
  /** The store's key prefix ('' for none). */
  readonly prefix: string;
  readonly from: string;
  readonly to: string;
  /** The copy's type, as a put sets it; the source's when undefined. */
  readonly contentType?: string;
}

/**
 * Copies an object inside its bucket with one CopyObject request (up to
 * 5 GB), so its bytes never leave S3. With a content type the copy's
 * metadata is replaced (`REPLACE`): it gets that type and nothing else, as
 * a PutObject with it would; without one it keeps the source's (`COPY`).
 * The copy source is `bucket/key` with each key segment URL-encoded, as
 * the CopyObject API requires.
 *
 * @param s3 - the S3 client
 * @param copy - bucket, prefix, source and target keys, content type
 * @returns when the target is written
 * @throws StoreError naming the source when it does not exist
 * @example
 * await copyS3Object(s3, { bucket: 'headroom-reports', prefix: '',
 *   from: 'reports/2026-11-26/index.html',
 *   to: 'reports/latest/index.html', contentType: 'text/html' });
 */
export async function copyS3Object(s3: S3Client, copy: S3Copy): Promise<void> {
  const { bucket, prefix, from, to, contentType } = copy;
  const source = `${bucket}/${encodeKey(prefix + from)}`;
  try {
    await s3.send(
      new CopyObjectCommand({
        Bucket: bucket,
        Key: prefix + to,
        CopySource: source,
        MetadataDirective: contentType === undefined ? 'COPY' : 'REPLACE',
        ContentType: contentType,
      }),
    );
  } catch (error) {
    const url = (key: string) => `s3://${bucket}/${prefix}${key}`;
    if (isMissing(error)) {
      throw new StoreError(
        `cannot copy ${url(from)} to ${url(to)}: ${url(from)} does not exist`,
        { cause: error },
      );
    }
    throw toStoreError('copy', `${url(from)} to ${url(to)}`, error);
  }
}

/** A key URL-encoded segment by segment, its `/` separators kept. */
const encodeKey = (key: string) =>
  key.split('/').map(encodeURIComponent).join('/');
