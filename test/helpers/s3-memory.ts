import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  type CompletedPart,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/util-stream';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';

/**
 * An S3 client whose bucket is a Map, with S3's conditional-write rules:
 * `IfNoneMatch: '*'` fails with 412 when the key exists, `IfMatch` fails
 * with 412 when the ETag differs. s3rver ignores both headers on PutObject,
 * so the tests of conditional writes and of concurrent runs on S3 use this.
 * A CopyObject decodes its URL-encoded `CopySource` as S3 does and keeps
 * the source's content type (`COPY`) or takes the request's (`REPLACE`).
 * Multipart uploads are kept in `uploads` until completed (the object
 * appears in one step) or aborted, with S3's 5 MiB least for every part
 * but the last.
 *
 * @returns the client, the bucket's objects, their content types and the
 *   multipart uploads begun and neither completed nor aborted
 * @example
 * const { client } = memoryS3();
 * const store = new S3ObjectStore(client, 'reports');
 */
export function memoryS3(): {
  client: S3Client;
  objects: Map<string, Uint8Array>;
  types: Map<string, string | undefined>;
  uploads: Map<string, MemoryUpload>;
} {
  const client = new S3Client({ region: 'eu-west-1' });
  const objects = new Map<string, Uint8Array>();
  const types = new Map<string, string | undefined>();
  const uploads = new Map<string, MemoryUpload>();
  const mock = mockClient(client);
  onMultipart(mock, { objects, types, uploads });
  mock.on(PutObjectCommand).callsFake(async (input) => {
    const body =
      typeof input.Body === 'string'
        ? new TextEncoder().encode(input.Body)
        : new Uint8Array(input.Body);
    const current = objects.get(input.Key);
    const exists = current !== undefined;
    if (
      (input.IfNoneMatch === '*' && exists) ||
      (input.IfMatch !== undefined &&
        (!exists || etag(current) !== input.IfMatch))
    ) {
      throw failure('PreconditionFailed', 412);
    }
    objects.set(input.Key, body);
    types.set(input.Key, input.ContentType);
    return { ETag: etag(body) };
  });
  mock.on(CopyObjectCommand).callsFake(async (input) => {
    // `bucket/key`, the key URL-encoded; one bucket's objects here.
    const encoded = input.CopySource.slice(input.CopySource.indexOf('/') + 1);
    const source = decodeURIComponent(encoded);
    const body = objects.get(source);
    if (body === undefined) throw failure('NoSuchKey', 404);
    const replace = input.MetadataDirective === 'REPLACE';
    objects.set(input.Key, body);
    types.set(input.Key, replace ? input.ContentType : types.get(source));
    return { CopyObjectResult: { ETag: etag(body) } };
  });
  mock.on(GetObjectCommand).callsFake(async (input) => {
    const body = objects.get(input.Key);
    if (body === undefined) throw failure('NoSuchKey', 404);
    return {
      ETag: etag(body),
      Body: sdkStreamMixin(Readable.from([Buffer.from(body)])),
    };
  });
  mock.on(ListObjectsV2Command).callsFake(async (input) => ({
    IsTruncated: false,
    Contents: [...objects.keys()]
      .filter((key) => key.startsWith(input.Prefix ?? ''))
      .map((Key) => ({ Key })),
  }));
  mock.on(DeleteObjectsCommand).callsFake(async (input) => {
    for (const { Key } of input.Delete.Objects) {
      objects.delete(Key);
      types.delete(Key);
    }
    return {};
  });
  return { client, objects, types, uploads };
}

/** A multipart upload in progress: its key, type and parts by number. */
export interface MemoryUpload {
  readonly key: string;
  readonly type: string | undefined;
  readonly parts: Map<number, Uint8Array>;
}

const etag = (body: Uint8Array) =>
  `"${createHash('md5').update(body).digest('hex')}"`;

/** S3's least size of a part that is not the last. */
const MIN_PART = 5 * 1024 * 1024;

/** CreateMultipartUpload, UploadPart, Complete… and Abort… on the Map. */
function onMultipart(
  mock: AwsClientStub<S3Client>,
  bucket: {
    objects: Map<string, Uint8Array>;
    types: Map<string, string | undefined>;
    uploads: Map<string, MemoryUpload>;
  },
): void {
  const { objects, types, uploads } = bucket;
  const upload = (id: string | undefined) => {
    const found = uploads.get(id ?? '');
    if (found === undefined) throw failure('NoSuchUpload', 404);
    return found;
  };
  mock.on(CreateMultipartUploadCommand).callsFake(async (input) => {
    const UploadId = randomUUID();
    uploads.set(UploadId, {
      key: input.Key,
      type: input.ContentType,
      parts: new Map(),
    });
    return { UploadId, Bucket: input.Bucket, Key: input.Key };
  });
  mock.on(UploadPartCommand).callsFake(async (input) => {
    const body = new Uint8Array(input.Body);
    upload(input.UploadId).parts.set(input.PartNumber, body);
    return { ETag: etag(body) };
  });
  mock.on(CompleteMultipartUploadCommand).callsFake(async (input) => {
    const { key, type, parts } = upload(input.UploadId);
    const listed: CompletedPart[] = input.MultipartUpload?.Parts ?? [];
    const bodies = listed.map(({ PartNumber, ETag }) => {
      const part = parts.get(PartNumber ?? 0);
      if (part === undefined || etag(part) !== ETag) {
        throw failure('InvalidPart', 400);
      }
      return part;
    });
    if (bodies.slice(0, -1).some((part) => part.length < MIN_PART)) {
      throw failure('EntityTooSmall', 400);
    }
    const body = new Uint8Array(Buffer.concat(bodies));
    objects.set(key, body);
    types.set(key, type);
    uploads.delete(input.UploadId ?? '');
    return { ETag: `"${etag(body).slice(1, -1)}-${bodies.length}"` };
  });
  mock.on(AbortMultipartUploadCommand).callsFake(async (input) => {
    upload(input.UploadId);
    uploads.delete(input.UploadId ?? '');
    return {};
  });
}

function failure(name: string, status: number): S3ServiceException {
  return new S3ServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: status },
    message: name,
  });
}
