import {
  GetQueryExecutionCommand,
  StartQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { DeleteObjectsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import { QueryError } from '#lib/query-error';
import {
  athenaMock,
  engine,
  resetMocks,
  s3Mock,
  state,
} from './athena-query-engine-fixture.ts';

const TARGET = { prefix: 'runs/r1/series', partitionBy: 'shard' };

beforeEach(() => {
  resetMocks();
  athenaMock.on(GetQueryExecutionCommand).resolves(state('SUCCEEDED'));
});

describe('AthenaQueryEngine.unload', () => {
  it('empties the prefix, then UNLOADs partitioned by the last column', async () => {
    // Prepare
    s3Mock.on(ListObjectsV2Command).resolves({
      Contents: [{ Key: 'runs/r1/series/shard=s0001/old' }],
    });
    s3Mock.on(DeleteObjectsCommand).resolves({});

    // Act
    await engine().engine.unload('SELECT x, shard FROM t;', TARGET);

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
    const act = engine().engine.unload('SELECT x, shard FROM t', TARGET);

    // Assess
    await expect(act).rejects.toThrow(
      'Athena query q-1 CANCELLED: Bytes scanned limit was exceeded ' +
        '(UNLOAD to s3://lake/runs/r1/series/ by shard)',
    );
  });

  it('refuses a prefix outside runs/ before touching S3 or Athena', async () => {
    // Act
    const act = engine().engine.unload('SELECT 1', {
      prefix: 'series_daily',
      partitionBy: 'shard',
    });

    // Assess
    await expect(act).rejects.toThrow(QueryError);
    expect(s3Mock).not.toReceiveCommand(ListObjectsV2Command);
    expect(athenaMock).not.toReceiveCommand(StartQueryExecutionCommand);
  });
});
