import {
  CopyObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { StoreError } from '#lib/errors';

describe('S3ObjectStore copy requests', () => {
  const client = new S3Client({ region: 'eu-west-1' });
  const mock = mockClient(client);
  const store = new S3ObjectStore(client, 'reports', 'p/');
  beforeEach(() => {
    mock.reset();
  });

  it('sends one CopyObject with the source URL-encoded and the type given, as a put sets it', async () => {
    // Prepare
    mock.on(CopyObjectCommand).resolves({});
    // Act
    await store.copy(
      'reports/d1/isp/Acme & Co+ 100% é.html',
      'reports/latest/isp/Acme & Co+ 100% é.html',
      'text/html',
    );
    // Assess
    const inputs = mock
      .commandCalls(CopyObjectCommand)
      .map((call) => call.args[0].input);
    expect(inputs).toEqual([
      {
        Bucket: 'reports',
        Key: 'p/reports/latest/isp/Acme & Co+ 100% é.html',
        CopySource:
          'reports/p/reports/d1/isp/Acme%20%26%20Co%2B%20100%25%20%C3%A9.html',
        MetadataDirective: 'REPLACE',
        ContentType: 'text/html',
      },
    ]);
  });

  it("keeps the source's metadata when no type is given", async () => {
    // Prepare
    mock.on(CopyObjectCommand).resolves({});
    // Act
    await store.copy('a/x.json', 'b/x.json');
    // Assess
    expect(mock).toReceiveCommandWith(CopyObjectCommand, {
      CopySource: 'reports/p/a/x.json',
      Key: 'p/b/x.json',
      MetadataDirective: 'COPY',
      ContentType: undefined,
    });
  });

  it('wraps a failure in a StoreError naming both objects, with its cause', async () => {
    // Prepare
    const denied = new S3ServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      $metadata: { httpStatusCode: 403 },
      message: 'Access Denied',
    });
    mock.on(CopyObjectCommand).rejects(denied);
    // Act
    const copy = store.copy('a/x.json', 'b/x.json');
    // Assess
    await expect(copy).rejects.toBeInstanceOf(StoreError);
    await expect(copy).rejects.toMatchObject({
      message:
        'cannot copy s3://reports/p/a/x.json to s3://reports/p/b/x.json: Access Denied',
      cause: denied,
    });
  });
});
