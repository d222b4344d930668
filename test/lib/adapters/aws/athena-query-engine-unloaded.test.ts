import { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/util-stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { engine, resetMocks, s3Mock } from './athena-query-engine-fixture.ts';

const TARGET = { prefix: 'runs/r1/series', partitionBy: 'shard' };

beforeEach(resetMocks);

describe('AthenaQueryEngine.readUnloaded', () => {
  it("reads one partition's data files in key order, skipping markers", async () => {
    // Prepare
    s3Mock.on(ListObjectsV2Command).resolves({
      Contents: [
        { Key: 'runs/r1/series/shard=s0002/b' },
        { Key: 'runs/r1/series/shard=s0002/_SUCCESS' },
        { Key: 'runs/r1/series/shard=s0002/a' },
      ],
    });
    s3Mock.on(GetObjectCommand).callsFake(async (input) => ({
      Body: sdkStreamMixin(Readable.from([Buffer.from(input.Key)])),
    }));

    // Act
    const files = await engine().engine.readUnloaded(TARGET, 's0002');

    // Assess
    expect(s3Mock).toReceiveCommandWith(ListObjectsV2Command, {
      Prefix: 'runs/r1/series/shard=s0002/',
    });
    expect(files.map((f) => Buffer.from(f).toString())).toEqual([
      'runs/r1/series/shard=s0002/a',
      'runs/r1/series/shard=s0002/b',
    ]);
  });
});

describe('AthenaQueryEngine.describeUnloaded', () => {
  it("counts each partition's data files and bytes over listing pages, skipping markers and deeper keys", async () => {
    // Prepare
    s3Mock
      .on(ListObjectsV2Command, { Prefix: 'runs/r1/series/shard=' })
      .resolvesOnce({
        Contents: [
          { Key: 'runs/r1/series/shard=s0001/a', Size: 100 },
          { Key: 'runs/r1/series/shard=s0001/_SUCCESS', Size: 0 },
          { Key: 'runs/r1/series/shard=s0002/b', Size: 7 },
        ],
        IsTruncated: true,
        NextContinuationToken: 't',
      })
      .resolvesOnce({
        Contents: [
          { Key: 'runs/r1/series/shard=s0001/c', Size: 20 },
          { Key: 'runs/r1/series/shard=s0002/deeper/d', Size: 5 },
          { Key: 'runs/r1/series/shard=s0003/', Size: 0 },
        ],
      });

    // Act
    const partitions = await engine().engine.describeUnloaded(TARGET);

    // Assess
    expect(partitions).toEqual([
      { value: 's0001', files: 2, bytes: 120 },
      { value: 's0002', files: 1, bytes: 7 },
    ]);
  });
});
