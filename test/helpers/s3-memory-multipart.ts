import { createHash, randomUUID } from 'node:crypto';
import {
  AbortMultipartUploadCommand,
  type CompletedPart,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  type S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import type { AwsClientStub } from 'aws-sdk-client-mock';

/** A multipart upload in progress: its key, type and parts by number. */
export interface MemoryUpload {
  readonly key: string;
  readonly type: string | undefined;
  readonly parts: Map<number, Uint8Array>;
}

/** S3's ETag of a body: its MD5, quoted. */
export const etag = (body: Uint8Array) =>
  `"${createHash('md5').update(body).digest('hex')}"`;

/** S3's least size of a part that is not the last. */
const MIN_PART = 5 * 1024 * 1024;

/** CreateMultipartUpload, UploadPart, Complete… and Abort… on the Map. */
export function onMultipart(
  mock: AwsClientStub<S3Client>,
  bucket: {
    objects: Map<string, Uint8Array>;
    types: Map<string, string | undefined>;
    uploads: Map<string, MemoryUpload>;
    deleteMarkers: Set<string>;
  },
): void {
  const { objects, types, uploads, deleteMarkers } = bucket;
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
    deleteMarkers.delete(key);
    uploads.delete(input.UploadId ?? '');
    return { ETag: `"${etag(body).slice(1, -1)}-${bodies.length}"` };
  });
  mock.on(AbortMultipartUploadCommand).callsFake(async (input) => {
    upload(input.UploadId);
    uploads.delete(input.UploadId ?? '');
    return {};
  });
}

/** An S3 error answer with its name and HTTP status. */
export function failure(name: string, status: number): S3ServiceException {
  return new S3ServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: status },
    message: name,
  });
}
