import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { StoreConflictError, StoreError } from '#lib/errors';
import type {
  ObjectStore,
  VersionedObject,
  WriteCondition,
} from '#lib/ports/object-store';

/** S3 deletes at most this many keys per DeleteObjects request. */
const DELETE_BATCH = 1000;

/**
 * An `ObjectStore` over an S3 bucket, optionally below a key prefix (the
 * inventory lives under `inventory/` in the lake bucket). Keys passed in and
 * returned are relative to the prefix. A PutObject replaces an object
 * atomically, so readers never see half a file. Conditional writes use
 * S3's `If-None-Match: *` (create only) and `If-Match: <ETag>`
 * (compare-and-swap); a 412 or 409 answer is a `StoreConflictError`.
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
  ) {}

  async get(key: string): Promise<Uint8Array | undefined> {
    return (await this.getVersioned(key))?.body;
  }

  async getVersioned(key: string): Promise<VersionedObject | undefined> {
    try {
      const out = await this.s3.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + key }),
      );
      const body = out.Body
        ? await out.Body.transformToByteArray()
        : new Uint8Array();
      return { body, version: out.ETag ?? '' };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw this.fail('read', key, error);
    }
  }

  async putIf(
    key: string,
    body: string | Uint8Array,
    condition: WriteCondition,
    contentType?: string,
  ): Promise<string> {
    try {
      const out = await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.prefix + key,
          Body: body,
          ContentType: contentType,
          ...('ifNoneMatch' in condition
            ? { IfNoneMatch: '*' }
            : { IfMatch: condition.ifMatch }),
        }),
      );
      return out.ETag ?? '';
    } catch (error) {
      if (isConflict(error)) {
        throw new StoreConflictError(
          key,
          `s3://${this.bucket}/${this.prefix}${key} changed or exists already`,
          { cause: error },
        );
      }
      throw this.fail('write', key, error);
    }
  }

  async put(
    key: string,
    body: string | Uint8Array,
    contentType?: string,
  ): Promise<void> {
    try {
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.prefix + key,
          Body: body,
          ContentType: contentType,
        }),
      );
    } catch (error) {
      throw this.fail('write', key, error);
    }
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    try {
      do {
        const page = await this.s3.send(
          new ListObjectsV2Command({
            Bucket: this.bucket,
            Prefix: this.prefix + prefix,
            ContinuationToken: token,
          }),
        );
        for (const { Key } of page.Contents ?? []) {
          if (Key) keys.push(Key.slice(this.prefix.length));
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    } catch (error) {
      throw this.fail('list', `${prefix}*`, error);
    }
    return keys.sort();
  }

  async delete(keys: readonly string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += DELETE_BATCH) {
      const batch = keys.slice(i, i + DELETE_BATCH);
      await this.deleteBatch(batch);
    }
  }

  private async deleteBatch(keys: readonly string[]): Promise<void> {
    let errors: { Key?: string; Message?: string }[] = [];
    try {
      const out = await this.s3.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: {
            Objects: keys.map((key) => ({ Key: this.prefix + key })),
            Quiet: true,
          },
        }),
      );
      errors = out.Errors ?? [];
    } catch (error) {
      throw this.fail('delete', `${keys.length} keys`, error);
    }
    if (errors.length > 0) {
      const first = errors[0]!;
      throw new StoreError(
        `cannot delete ${errors.length} of ${keys.length} keys in s3://${this.bucket}: ${first.Key} ${first.Message ?? ''}`.trim(),
      );
    }
  }

  private fail(action: string, key: string, cause: unknown): StoreError {
    const message = cause instanceof Error ? cause.message : String(cause);
    return new StoreError(
      `cannot ${action} s3://${this.bucket}/${this.prefix}${key}: ${message}`,
      { cause },
    );
  }
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof NoSuchKey ||
    (error as { name?: string }).name === 'NoSuchKey'
  );
}

/** 412: the condition failed; 409: a concurrent conditional write won. */
function isConflict(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode;
  return (
    status === 412 ||
    status === 409 ||
    e.name === 'PreconditionFailed' ||
    e.name === 'ConditionalRequestConflict'
  );
}
