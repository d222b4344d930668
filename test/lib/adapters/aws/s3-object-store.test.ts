import { randomUUID } from 'node:crypto';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { StoreConflictError } from '#lib/errors';
import { memoryS3 } from '../../../helpers/s3-memory.ts';
import { type LocalS3, startS3rver } from '../../../helpers/s3rver.ts';
import { describeObjectStoreContract } from '../object-store-contract.ts';

const BUCKET = 'contract-bucket';
/** lib-storage's least part size: the smallest multipart test body. */
const PARTS = { partBytes: 5 * 1024 * 1024, queueSize: 4 };
let s3: LocalS3;
beforeAll(async () => {
  s3 = await startS3rver([BUCKET]);
});
afterAll(() => s3.stop());

// Over HTTP against s3rver; each test gets its own prefix, so it is empty.
// s3rver predates conditional writes and AbortMultipartUpload: both are
// added, with S3's answers (test/helpers/s3rver.ts).
describeObjectStoreContract('S3ObjectStore on s3rver', async () => {
  const prefix = `t-${randomUUID()}/`;
  const head = (key: string) =>
    s3.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
  return {
    store: new S3ObjectStore(s3.client, BUCKET, prefix, PARTS),
    contentTypeOf: async (key) => (await head(prefix + key)).ContentType,
    partBytes: PARTS.partBytes,
    pendingUploads: () => s3.pendingUploads(BUCKET),
    dispose: async () => {},
  };
});

describeObjectStoreContract('S3ObjectStore on in-memory S3', async () => {
  const { client, types, uploads } = memoryS3();
  return {
    store: new S3ObjectStore(client, BUCKET, 'p/', PARTS),
    contentTypeOf: async (key) => types.get(`p/${key}`),
    partBytes: PARTS.partBytes,
    pendingUploads: async () => uploads.size,
    dispose: async () => {},
  };
});

describe('S3ObjectStore on a bucket that does not exist (a wrong name)', () => {
  it('fails a compare-and-swap naming the bucket, not as a conflict a lock taker retries', async () => {
    // Prepare: S3 answers a PUT to no bucket 404 NoSuchBucket, If-Match
    // or not (only a missing key's 404 is a conflict)
    const store = new S3ObjectStore(s3.client, 'no-such-bucket');

    // Act
    const save = store.putIf('state/notifications.json', '{}', {
      ifMatch: '"0cc175b9c0f1b6a831c399e269772661"',
    });

    // Assess
    await expect(save).rejects.toThrow(
      'cannot write s3://no-such-bucket/state/notifications.json: The specified bucket does not exist',
    );
    await expect(save).rejects.not.toBeInstanceOf(StoreConflictError);
  });
});
