import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { PART_SIZING, putS3Pieces } from '#lib/adapters/aws/s3-put-pieces';
import { StoreError } from '#lib/errors';

const MIB = 1024 * 1024;
/** The least part size, one part sent at a time. */
const ONE_AT_A_TIME = { partBytes: 5 * MIB, queueSize: 1 };

/** `count` pieces of a MiB, counting in `read.bytes` what was made. */
function* counted(count: number, read: { bytes: number }) {
  for (let i = 0; i < count; i += 1) {
    read.bytes += MIB;
    yield new Uint8Array(MIB).fill(i);
  }
}

describe('putS3Pieces', () => {
  const client = new S3Client({ region: 'eu-west-1' });
  const mock = mockClient(client);
  const target = { bucket: 'reports', key: 'p/reports/d1/forecasts.json' };
  beforeEach(() => {
    mock.reset();
    mock
      .on(CreateMultipartUploadCommand)
      .resolves({ UploadId: 'u1' })
      .on(CompleteMultipartUploadCommand)
      .resolves({})
      .on(AbortMultipartUploadCommand)
      .resolves({});
  });

  it('sends a small body as one PutObject with its content type', async () => {
    // Prepare
    mock.on(PutObjectCommand).resolves({});
    const pieces = [new Uint8Array([123]), new Uint8Array([125])];
    // Act
    await putS3Pieces(client, { ...target, pieces, contentType: 'a/json' });
    // Assess
    expect(mock).toReceiveCommandWith(PutObjectCommand, {
      Bucket: 'reports',
      Key: 'p/reports/d1/forecasts.json',
      ContentType: 'a/json',
    });
    expect(mock).toReceiveCommandTimes(CreateMultipartUploadCommand, 0);
  });

  it('reads the pieces only as parts are sent, never the whole body first', async () => {
    // Prepare: 30 MiB in six parts; what was made at each part's sending
    const read = { bytes: 0 };
    const madeAtPart: number[] = [];
    mock.on(UploadPartCommand).callsFake(async () => {
      madeAtPart.push(read.bytes);
      return { ETag: `"e${madeAtPart.length}"` };
    });
    const pieces = counted(30, read);
    // Act
    await putS3Pieces(client, { ...target, pieces }, ONE_AT_A_TIME);
    // Assess: when part n goes, n parts were made and a few pieces more
    expect(madeAtPart).toHaveLength(6);
    for (const [i, made] of madeAtPart.entries()) {
      expect(made).toBeLessThanOrEqual((i + 1) * 5 * MIB + 3 * MIB);
    }
    expect(mock).toReceiveCommandWith(CompleteMultipartUploadCommand, {
      UploadId: 'u1',
      MultipartUpload: {
        Parts: expect.arrayContaining([{ PartNumber: 6, ETag: '"e6"' }]),
      },
    });
  });

  it('aborts the upload when S3 refuses a part, and completes nothing', async () => {
    // Prepare
    const denied = new S3ServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      $metadata: { httpStatusCode: 403 },
      message: 'Access Denied',
    });
    mock.on(UploadPartCommand).rejects(denied);
    const pieces = counted(12, { bytes: 0 });
    // Act
    const put = putS3Pieces(client, { ...target, pieces }, PART_SIZING);
    // Assess
    await expect(put).rejects.toBeInstanceOf(StoreError);
    await expect(put).rejects.toThrow(
      'cannot write s3://reports/p/reports/d1/forecasts.json: Access Denied',
    );
    expect(mock).toReceiveCommandWith(AbortMultipartUploadCommand, {
      Bucket: 'reports',
      Key: 'p/reports/d1/forecasts.json',
      UploadId: 'u1',
    });
    expect(mock).toReceiveCommandTimes(CompleteMultipartUploadCommand, 0);
  });

  it("reports the pieces' failure, not the abort's that followed it", async () => {
    // Prepare: rendering fails after a part went; the abort fails too
    mock.on(UploadPartCommand).resolves({ ETag: '"e1"' });
    mock.on(AbortMultipartUploadCommand).rejects(new Error('socket hang up'));
    function* failing() {
      yield* counted(10, { bytes: 0 });
      throw new Error('rendering failed midway');
    }
    // Act
    const put = putS3Pieces(client, { ...target, pieces: failing() });
    // Assess
    await expect(put).rejects.toThrow(
      'cannot write s3://reports/p/reports/d1/forecasts.json: ' +
        'rendering failed midway',
    );
    expect(mock).toReceiveCommandTimes(AbortMultipartUploadCommand, 1);
  });
});
