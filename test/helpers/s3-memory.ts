import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/util-stream';
import { mockClient } from 'aws-sdk-client-mock';
import { onDelete } from './s3-memory-delete.ts';
import {
  etag,
  failure,
  type MemoryUpload,
  onMultipart,
} from './s3-memory-multipart.ts';

/**
 * An S3 client whose bucket is a Map, with S3's conditional-write rules:
 * `IfNoneMatch: '*'` fails with 412 when the key exists, `IfMatch` fails
 * with 412 when the ETag differs and with 404 NoSuchKey when there is no
 * object (as S3 answers). For tests that need no server (s3rver gets the
 * same rules from `conditionalPut`).
 * A CopyObject decodes its URL-encoded `CopySource` as S3 does and keeps
 * the source's content type (`COPY`) or takes the request's (`REPLACE`).
 * Multipart uploads are kept in `uploads` until completed (the object
 * appears in one step) or aborted, with S3's 5 MiB least for every part
 * but the last. Deletes, conditional ones included, and a versioned
 * bucket's delete markers: `onDelete`.
 *
 * @param options - `versioned`: a bucket with versioning on (the reports
 *   bucket), whose deletes leave delete markers
 * @returns the client, the bucket's objects, their content types, the
 *   multipart uploads begun and neither completed nor aborted, and the
 *   keys whose current version is a delete marker
 * @example
 * const { client } = memoryS3();
 * const store = new S3ObjectStore(client, 'reports');
 */
export function memoryS3(options: { versioned?: boolean } = {}): {
  client: S3Client;
  objects: Map<string, Uint8Array>;
  types: Map<string, string | undefined>;
  uploads: Map<string, MemoryUpload>;
  deleteMarkers: Set<string>;
} {
  const client = new S3Client({ region: 'eu-west-1' });
  const objects = new Map<string, Uint8Array>();
  const types = new Map<string, string | undefined>();
  const uploads = new Map<string, MemoryUpload>();
  const deleteMarkers = new Set<string>();
  const versioned = options.versioned ?? false;
  const mock = mockClient(client);
  onMultipart(mock, { objects, types, uploads, deleteMarkers });
  onDelete(mock, { objects, types, deleteMarkers, versioned });
  mock.on(PutObjectCommand).callsFake(async (input) => {
    const body =
      typeof input.Body === 'string'
        ? new TextEncoder().encode(input.Body)
        : new Uint8Array(input.Body);
    const current = objects.get(input.Key);
    // S3 answers If-Match on a key with no object 404 NoSuchKey, not 412.
    if (input.IfMatch !== undefined && current === undefined) {
      throw failure('NoSuchKey', 404);
    }
    if (
      (input.IfNoneMatch === '*' && current !== undefined) ||
      (input.IfMatch !== undefined && etag(current!) !== input.IfMatch)
    ) {
      throw failure('PreconditionFailed', 412);
    }
    objects.set(input.Key, body);
    types.set(input.Key, input.ContentType);
    deleteMarkers.delete(input.Key);
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
    deleteMarkers.delete(input.Key);
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
  mock.on(HeadObjectCommand).callsFake(async (input) => {
    const body = objects.get(input.Key);
    // A HEAD answer has no body: S3's SDK names a 404 NotFound.
    if (body === undefined) throw failure('NotFound', 404);
    return { ETag: etag(body), ContentLength: body.byteLength };
  });
  mock.on(ListObjectsV2Command).callsFake(async (input) => ({
    IsTruncated: false,
    Contents: [...objects.keys()]
      .filter((key) => key.startsWith(input.Prefix ?? ''))
      .map((Key) => ({ Key })),
  }));
  return { client, objects, types, uploads, deleteMarkers };
}
