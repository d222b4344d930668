import { Readable } from 'node:stream';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/util-stream';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { StoreError } from '#lib/errors';
import { cutOffBody } from '../../../helpers/cut-off-body.ts';

describe('S3ObjectStore requests', () => {
  // Mock this one instance: the contract suite above uses real HTTP.
  const client = new S3Client({ region: 'eu-west-1' });
  const mock = mockClient(client);
  const store = new S3ObjectStore(client, 'reports', 'p/');
  beforeEach(() => {
    mock.reset();
  });

  it('reads an object again when its body is cut off midway by a dropped connection', async () => {
    // Prepare: S3 answers, then the connection resets while the body
    // streams in (the SDK does not retry that), and answers again
    const whole = () => sdkStreamMixin(Readable.from([Buffer.from('{"a":1}')]));
    mock
      .on(GetObjectCommand)
      .resolvesOnce({ Body: cutOffBody(), ETag: '"v1"' })
      .resolves({ Body: whole(), ETag: '"v1"' });

    // Act
    const read = await store.getVersioned('state/notifications.json');

    // Assess
    expect(new TextDecoder().decode(read?.body)).toBe('{"a":1}');
    expect(read?.version).toBe('"v1"');
    expect(mock).toReceiveCommandTimes(GetObjectCommand, 2);
  });

  it('stops after three reads cut off, naming the object and the reset', async () => {
    // Prepare
    mock.on(GetObjectCommand).callsFake(() => ({ Body: cutOffBody() }));

    // Act
    const read = store.get('state/run.lock');

    // Assess
    await expect(read).rejects.toThrow(
      'cannot read s3://reports/p/state/run.lock: read ECONNRESET',
    );
    expect(mock).toReceiveCommandTimes(GetObjectCommand, 3);
  });

  it('follows continuation tokens until the listing is complete', async () => {
    // Prepare
    mock
      .on(ListObjectsV2Command, { ContinuationToken: undefined })
      .resolves({
        IsTruncated: true,
        NextContinuationToken: 't1',
        Contents: [{ Key: 'p/r/b' }],
      })
      .on(ListObjectsV2Command, { ContinuationToken: 't1' })
      .resolves({ IsTruncated: false, Contents: [{ Key: 'p/r/a' }] });
    // Act
    const keys = await store.list('r/');
    // Assess
    expect(keys).toEqual(['r/a', 'r/b']);
    expect(mock).toReceiveCommandTimes(ListObjectsV2Command, 2);
    expect(mock).toReceiveCommandWith(ListObjectsV2Command, {
      Bucket: 'reports',
      Prefix: 'p/r/',
      ContinuationToken: 't1',
    });
  });

  it('deletes in batches of at most 1000 keys', async () => {
    // Prepare
    mock.on(DeleteObjectsCommand).resolves({});
    const keys = Array.from({ length: 2500 }, (_, i) => `k${i}`);
    // Act
    await store.delete(keys);
    // Assess
    const sizes = mock
      .commandCalls(DeleteObjectsCommand)
      .map((call) => call.args[0].input.Delete?.Objects?.length);
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(mock).toReceiveCommandWith(DeleteObjectsCommand, {
      Bucket: 'reports',
      Delete: expect.objectContaining({
        Objects: expect.arrayContaining([{ Key: 'p/k0' }]),
      }),
    });
  });

  it('reports keys S3 refused to delete as a StoreError', async () => {
    // Prepare
    mock.on(DeleteObjectsCommand).resolves({
      Errors: [{ Key: 'p/k1', Code: 'AccessDenied', Message: 'denied' }],
    });
    // Act
    const act = store.delete(['k1']);
    // Assess
    await expect(act).rejects.toThrow(/cannot delete 1 of 1 keys.*denied/);
  });

  it('puts with the content type and wraps failures with their cause', async () => {
    // Prepare
    const denied = new S3ServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      $metadata: {},
      message: 'Access Denied',
    });
    mock.on(PutObjectCommand).resolves({}).on(GetObjectCommand).rejects(denied);
    // Act
    await store.put('a.html', '<p>', 'text/html');
    const read = store.get('a.html');
    // Assess
    expect(mock).toReceiveCommandWith(PutObjectCommand, {
      Bucket: 'reports',
      Key: 'p/a.html',
      Body: '<p>',
      ContentType: 'text/html',
    });
    await expect(read).rejects.toBeInstanceOf(StoreError);
    await expect(read).rejects.toMatchObject({ cause: denied });
  });
});
