import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { StoreError } from '#lib/errors';
import type {
  BytePieces,
  ObjectStore,
  VersionedObject,
  WriteCondition,
} from '#lib/ports/object-store';
import { copyS3Object } from './s3-copy-object.ts';
import { deleteS3ObjectIf } from './s3-delete-if.ts';
import { deleteS3Keys } from './s3-delete-keys.ts';
import { getS3Object } from './s3-get-object.ts';
import { listS3Keys } from './s3-list-keys.ts';
import { putS3Object } from './s3-put-object.ts';
import { PART_SIZING, type PartSizing, putS3Pieces } from './s3-put-pieces.ts';
import { isMissing, toStoreError } from './s3-store-errors.ts';

/**
 * An `ObjectStore` over an S3 bucket, optionally below a key prefix (the
 * inventory lives under `inventory/` in the lake bucket). Keys passed in and
 * returned are relative to the prefix. A PutObject replaces an object
 * atomically, so readers never see half a file (`putS3Object`).
 * Conditional writes use S3's `If-None-Match: *` (create only) and
 * `If-Match: <ETag>` (compare-and-swap), and a conditional delete
 * `If-Match: <ETag>`; a 412 or 409 answer is a `StoreConflictError`. A
 * copy is a CopyObject inside the bucket (`copyS3Object`). A write in
 * pieces is a multipart upload of `parts.partBytes` parts
 * (`putS3Pieces`), completed in one step as atomic as a PutObject.
 *
 * @example
 * const store = new S3ObjectStore(new S3Client({}), 'headroom-reports');
 * await store.put('reports/latest/index.html', html, 'text/html');
 */
export class S3ObjectStore implements ObjectStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
    private readonly prefix = '',
    private readonly parts: PartSizing = PART_SIZING,
  ) {}

  async get(key: string): Promise<Uint8Array | undefined> {
    return (await this.getVersioned(key))?.body;
  }

  async getVersioned(key: string): Promise<VersionedObject | undefined> {
    try {
      return await getS3Object(this.s3, this.bucket, this.prefix + key);
    } catch (error) {
      throw this.fail('read', key, error);
    }
  }

  /** A HeadObject: the size without the bytes. */
  async getSize(key: string): Promise<number | undefined> {
    const { bucket, prefix } = this;
    const head = new HeadObjectCommand({ Bucket: bucket, Key: prefix + key });
    try {
      return (await this.s3.send(head)).ContentLength ?? 0;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw this.fail('read the size of', key, error);
    }
  }

  async putIf(
    key: string,
    body: string | Uint8Array,
    condition: WriteCondition,
    contentType?: string,
  ): Promise<string> {
    const { bucket, prefix } = this;
    const put = { bucket, prefix, key, body, contentType, condition };
    return putS3Object(this.s3, put);
  }

  async put(
    key: string,
    body: string | Uint8Array,
    contentType?: string,
  ): Promise<void> {
    const { bucket, prefix } = this;
    await putS3Object(this.s3, { bucket, prefix, key, body, contentType });
  }

  putPieces(
    key: string,
    pieces: BytePieces,
    contentType?: string,
  ): Promise<void> {
    const { bucket, prefix } = this;
    const put = { bucket, key: prefix + key, pieces, contentType };
    return putS3Pieces(this.s3, put, this.parts);
  }

  copy(from: string, to: string, contentType?: string): Promise<void> {
    const { bucket, prefix } = this;
    return copyS3Object(this.s3, { bucket, prefix, from, to, contentType });
  }

  list(prefix: string): Promise<string[]> {
    return listS3Keys(this.s3, this.bucket, this.prefix, prefix);
  }

  async delete(keys: readonly string[]): Promise<void> {
    await deleteS3Keys(this.s3, this.bucket, this.prefix, keys);
  }

  /** A DeleteObject with `If-Match` (`deleteS3ObjectIf`). */
  deleteIf(key: string, condition: { readonly ifMatch: string }) {
    const { bucket, prefix } = this;
    const { ifMatch } = condition;
    return deleteS3ObjectIf(this.s3, { bucket, prefix, key, ifMatch });
  }

  private fail(action: string, key: string, cause: unknown): StoreError {
    return toStoreError(
      action,
      `s3://${this.bucket}/${this.prefix}${key}`,
      cause,
    );
  }
}
