import { Readable } from 'node:stream';
import {
  AthenaClient,
  GetQueryExecutionCommand,
  StartQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/util-stream';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { AthenaQueryEngine } from '#lib/adapters/aws/athena-query-engine';
import { QueryError } from '#lib/errors';

const athena = new AthenaClient({ region: 'eu-west-1' });
const s3 = new S3Client({ region: 'eu-west-1' });
const athenaMock = mockClient(athena);
const s3Mock = mockClient(s3);
const TARGET = { prefix: 'runs/r1/series', partitionBy: 'shard' };

const engine = () =>
  new AthenaQueryEngine(athena, s3, {
    workGroup: 'wg',
    database: 'db',
    lakeBucket: 'lake',
    sleep: async () => {},
    random: () => 0.5,
  });

beforeEach(() => {
  athenaMock.reset();
  s3Mock.reset();
  athenaMock
    .on(StartQueryExecutionCommand)
    .resolves({ QueryExecutionId: 'q-1' });
  athenaMock.on(GetQueryExecutionCommand).resolves({
    QueryExecution: { QueryExecutionId: 'q-1', Status: { State: 'SUCCEEDED' } },
  });
});

describe('AthenaQueryEngine.unload', () => {
  it('empties the prefix, then UNLOADs partitioned by the last column', async () => {
    // Prepare
    s3Mock.on(ListObjectsV2Command).resolves({
      Contents: [{ Key: 'runs/r1/series/shard=s0001/old' }],
    });
    s3Mock.on(DeleteObjectsCommand).resolves({});

    // Act
    await engine().unload('SELECT x, shard FROM t;', TARGET);

    // Assess
    expect(s3Mock).toReceiveCommandWith(ListObjectsV2Command, {
      Bucket: 'lake',
      Prefix: 'runs/r1/series/',
    });
    expect(s3Mock).toReceiveCommandWith(DeleteObjectsCommand, {
      Bucket: 'lake',
      Delete: {
        Quiet: true,
        Objects: [{ Key: 'runs/r1/series/shard=s0001/old' }],
      },
    });
    expect(athenaMock).toReceiveCommandWith(StartQueryExecutionCommand, {
      QueryString:
        "UNLOAD (SELECT x, shard FROM t) TO 's3://lake/runs/r1/series/' WITH (format = 'PARQUET', compression = 'SNAPPY', partitioned_by = ARRAY['shard'])",
    });
  });

  it('names the target of an UNLOAD that failed', async () => {
    // Prepare
    s3Mock.on(ListObjectsV2Command).resolves({ Contents: [] });
    athenaMock.on(GetQueryExecutionCommand).resolves({
      QueryExecution: {
        QueryExecutionId: 'q-1',
        Status: {
          State: 'CANCELLED',
          StateChangeReason: 'Bytes scanned limit was exceeded',
        },
      },
    });

    // Act
    const act = engine().unload('SELECT x, shard FROM t', TARGET);

    // Assess
    await expect(act).rejects.toThrow(
      'Athena query q-1 CANCELLED: Bytes scanned limit was exceeded ' +
        '(UNLOAD to s3://lake/runs/r1/series/ by shard)',
    );
  });

  it('refuses a prefix outside runs/ before touching S3 or Athena', async () => {
    // Act
    const act = engine().unload('SELECT 1', {
      prefix: 'series_daily',
      partitionBy: 'shard',
    });

    // Assess
    await expect(act).rejects.toThrow(QueryError);
    expect(s3Mock).not.toReceiveCommand(ListObjectsV2Command);
    expect(athenaMock).not.toReceiveCommand(StartQueryExecutionCommand);
  });
});

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
    const files = await engine().readUnloaded(TARGET, 's0002');

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
    const partitions = await engine().describeUnloaded(TARGET);

    // Assess
    expect(partitions).toEqual([
      { value: 's0001', files: 2, bytes: 120 },
      { value: 's0002', files: 1, bytes: 7 },
    ]);
  });
});
