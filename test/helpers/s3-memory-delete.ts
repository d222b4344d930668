import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import { etag, failure } from './s3-memory-multipart.ts';

/** The bucket's current objects, and the keys whose current version is a delete marker. */
export interface MemoryBucket {
  readonly objects: Map<string, Uint8Array>;
  readonly types: Map<string, string | undefined>;
  /** Filled only in a versioned bucket. */
  readonly deleteMarkers: Set<string>;
  readonly versioned: boolean;
}

/**
 * DeleteObject and DeleteObjects on the Map, as S3 answers them. A
 * conditional DeleteObject (`If-Match`, checked against the key's current
 * version only) is refused 412 PreconditionFailed for another ETag and
 * 404 NoSuchKey when the key has no current object (none, or a delete
 * marker); a plain one of a missing key succeeds. In a versioned bucket a
 * delete leaves a delete marker as the key's current version: the key
 * then reads as absent (GET 404, `If-None-Match: *` writes), which is
 * what `deleteMarkers` records.
 *
 * @param mock - the client's mock
 * @param bucket - the bucket's Maps and whether it is versioned
 * @example
 * onDelete(mock, { objects, types, deleteMarkers, versioned: false });
 */
export function onDelete(
  mock: AwsClientStub<S3Client>,
  bucket: MemoryBucket,
): void {
  const remove = (key: string) => {
    bucket.objects.delete(key);
    bucket.types.delete(key);
    if (bucket.versioned) bucket.deleteMarkers.add(key);
  };
  mock.on(DeleteObjectCommand).callsFake(async (input) => {
    const current = bucket.objects.get(input.Key);
    if (input.IfMatch !== undefined) {
      if (current === undefined) throw failure('NoSuchKey', 404);
      const any = input.IfMatch === '*';
      if (!any && etag(current) !== input.IfMatch) {
        throw failure('PreconditionFailed', 412);
      }
    }
    remove(input.Key);
    return bucket.versioned ? { DeleteMarker: true } : {};
  });
  mock.on(DeleteObjectsCommand).callsFake(async (input) => {
    for (const { Key } of input.Delete.Objects) remove(Key);
    return {};
  });
}
