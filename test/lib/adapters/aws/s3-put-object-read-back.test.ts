import { Readable } from 'node:stream';
import {
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/util-stream';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { cutOffBody } from '../../../helpers/cut-off-body.ts';

const whole = (text: string) =>
  sdkStreamMixin(Readable.from([Buffer.from(text)]));

/**
 * S3's 412 as the SDK throws it after sending the PUT twice: its retry
 * middleware sets `$metadata.attempts` (s3rver shows it in
 * s3-put-object-lost-answer.test.ts; here the read back is the subject).
 */
const refusedRepeat = () =>
  new S3ServiceException({
    name: 'PreconditionFailed',
    $fault: 'client',
    $metadata: { httpStatusCode: 412, attempts: 2 },
    message: 'At least one of the pre-conditions you specified did not hold',
  });

describe('S3ObjectStore.putIf reading back a write refused to its repeat', () => {
  const client = new S3Client({ region: 'eu-west-1' });
  const mock = mockClient(client);
  const store = new S3ObjectStore(client, 'reports');
  beforeEach(() => {
    mock.reset();
  });

  it('reads the object again when the read back is cut off midway, and takes the write as its own', async () => {
    // Prepare: the first PUT was written and its answer lost (the same
    // flaky connection), the repeat refused; the read back's body is cut
    // off once, then comes whole and holds this write's bytes
    mock.on(PutObjectCommand).rejects(refusedRepeat());
    mock
      .on(GetObjectCommand)
      .resolvesOnce({ Body: cutOffBody(), ETag: '"mine"' })
      .resolves({ Body: whole('mine'), ETag: '"mine"' });

    // Act: it failed the run with "cannot read back the refused write of
    // s3://reports/state/run.lock: read ECONNRESET"
    const version = await store.putIf('state/run.lock', 'mine', {
      ifNoneMatch: '*',
    });

    // Assess
    expect(version).toBe('"mine"');
    expect(mock).toReceiveCommandTimes(GetObjectCommand, 2);
  });
});
