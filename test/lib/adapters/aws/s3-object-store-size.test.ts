import {
  HeadObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { StoreError } from '#lib/errors';

const failure = (name: string, status: number, message = name) =>
  new S3ServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: status },
    message,
  });

describe('S3ObjectStore getSize', () => {
  const client = new S3Client({ region: 'eu-west-1' });
  const mock = mockClient(client);
  const store = new S3ObjectStore(client, 'reports', 'p/');
  beforeEach(() => {
    mock.reset();
  });

  it('asks for the head of the object below the prefix, never its body', async () => {
    // Prepare
    mock.on(HeadObjectCommand).resolves({ ContentLength: 71_234_567 });
    // Act
    const size = await store.getSize('state/backtest.json');
    // Assess
    expect(size).toBe(71_234_567);
    expect(mock).toReceiveCommandWith(HeadObjectCommand, {
      Bucket: 'reports',
      Key: 'p/state/backtest.json',
    });
    expect(mock.calls()).toHaveLength(1);
  });

  it('answers undefined for the NotFound of a missing key', async () => {
    // Prepare
    mock.on(HeadObjectCommand).rejects(failure('NotFound', 404));
    // Act
    const size = await store.getSize('state/backtest.json');
    // Assess
    expect(size).toBeUndefined();
  });

  it("fails naming the object and S3's refusal otherwise", async () => {
    // Prepare
    const denied = failure('AccessDenied', 403, 'Access Denied');
    mock.on(HeadObjectCommand).rejects(denied);
    // Act
    const size = store.getSize('state/backtest.json');
    // Assess
    await expect(size).rejects.toBeInstanceOf(StoreError);
    await expect(size).rejects.toThrow(
      'cannot read the size of s3://reports/p/state/backtest.json: Access Denied',
    );
  });
});
