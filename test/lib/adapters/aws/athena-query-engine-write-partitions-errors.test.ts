import { GetQueryExecutionCommand } from '@aws-sdk/client-athena';
import { DeleteObjectsCommand } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import { LakeDataError, QueryError } from '#lib/query-error';
import {
  athenaMock,
  engine,
  resetMocks,
  s3Mock,
} from './athena-query-engine-fixture.ts';

beforeEach(resetMocks);

describe('AthenaQueryEngine.writePartitions', () => {
  it('reports unreadable lake data as LakeDataError, so the day can be set aside', async () => {
    // Prepare
    s3Mock.on(DeleteObjectsCommand).resolves({});
    athenaMock.on(GetQueryExecutionCommand).resolves({
      QueryExecution: {
        Status: {
          State: 'FAILED',
          StateChangeReason:
            'HIVE_BAD_DATA: Malformed Parquet file s3://lake/traffic/dt=2026-11-25/x',
        },
      },
    });
    // Act
    const act = engine().engine.writePartitions({
      days: ['2026-11-25'],
      tag: 't1',
      stage: 'SELECT 1 AS x',
      outputs: [{ table: 'series_daily', select: 'SELECT 1 AS dt' }],
    });
    // Assess
    await expect(act).rejects.toBeInstanceOf(LakeDataError);
  });

  it('names the table and days of a batch the bytes-scanned cutoff cancelled', async () => {
    // Prepare: Athena engine 3 cancels a query over the workgroup's cutoff.
    s3Mock.on(DeleteObjectsCommand).resolves({});
    athenaMock.on(GetQueryExecutionCommand).resolves({
      QueryExecution: {
        QueryExecutionId: 'q-1',
        Status: {
          State: 'CANCELLED',
          StateChangeReason: 'Bytes scanned limit was exceeded',
        },
        Statistics: { DataScannedInBytes: 21_474_836_480 },
      },
    });
    // Act
    const act = engine().engine.writePartitions({
      days: ['2026-11-25', '2026-11-24', '2026-11-23'],
      tag: 't1',
      stage: 'SELECT 1 AS x',
      outputs: [{ table: 'series_daily', select: 'SELECT 1 AS dt' }],
    });
    // Assess
    await expect(act).rejects.toThrow(QueryError);
    await expect(act).rejects.toThrow(
      'Athena query q-1 CANCELLED: Bytes scanned limit was exceeded ' +
        '(UNLOAD of series_daily for 2026-11-23 to 2026-11-25, 3 days; ' +
        'scanned 21474836480 bytes)',
    );
  });

  it('refuses a day that is not YYYY-MM-DD before touching S3', async () => {
    // Act
    const act = engine().engine.writePartitions({
      days: ["x' OR 1=1"],
      tag: 't',
      stage: 'SELECT 1',
      outputs: [{ table: 'series_daily', select: 'SELECT 1 AS dt' }],
    });
    // Assess
    await expect(act).rejects.toThrow(QueryError);
    expect(s3Mock).not.toReceiveCommand(DeleteObjectsCommand);
  });
});
