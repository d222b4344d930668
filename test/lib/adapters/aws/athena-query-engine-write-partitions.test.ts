import {
  GetQueryExecutionCommand,
  StartQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import {
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  athenaMock,
  engine,
  resetMocks,
  s3Mock,
  state,
} from './athena-query-engine-fixture.ts';

beforeEach(resetMocks);

describe('AthenaQueryEngine.writePartitions', () => {
  it('UNLOADs a batch partitioned by dt into an empty staging prefix, markers removed first and written last, naming files left out and the traffic files read', async () => {
    // Prepare
    s3Mock
      .on(ListObjectsV2Command)
      .resolves({ Contents: [] })
      .on(ListObjectsV2Command, { Prefix: 'series_daily/dt=2026-11-25/' })
      .resolves({
        Contents: [
          { Key: 'series_daily/dt=2026-11-25/old', Size: 5 },
          { Key: 'series_daily/dt=2026-11-25/_SUCCESS', Size: 9 },
        ],
      });
    s3Mock.on(DeleteObjectsCommand).resolves({});
    s3Mock.on(PutObjectCommand).resolves({});
    athenaMock.on(GetQueryExecutionCommand).resolves(state('SUCCEEDED'));
    // Act
    const markers = await engine().engine.writePartitions({
      days: ['2026-11-25'],
      tag: 't1',
      leftOut: { '2026-11-25': ['traffic/dt=2026-11-25/bad.parquet'] },
      read: {
        '2026-11-25': [
          { name: 'a.parquet', bytes: 10 },
          { name: 'bad.parquet', bytes: 3 },
        ],
      },
      stage: 'SELECT 1 AS x',
      outputs: [
        {
          table: 'series_daily',
          select: "SELECT x, '2026-11-25' AS dt FROM rollup_stamps",
        },
      ],
    });
    // Assess
    const deletes = s3Mock.commandCalls(DeleteObjectsCommand);
    expect(deletes[0]!.args[0].input.Delete?.Objects).toEqual([
      { Key: 'series_daily/dt=2026-11-25/_SUCCESS' },
    ]);
    const started = athenaMock.commandCalls(StartQueryExecutionCommand);
    expect(started).toHaveLength(1);
    expect(started[0]!.args[0].input.QueryString).toMatch(
      /^UNLOAD \(WITH rollup_stamps AS \(SELECT 1 AS x\)\nSELECT \* FROM \(SELECT x, '2026-11-25' AS dt FROM rollup_stamps\)\) TO 's3:\/\/lake\/rollup-staging\/series_daily\/[0-9a-f-]{36}\/' WITH \(format = 'PARQUET', compression = 'SNAPPY', partitioned_by = ARRAY\['dt'\]\)$/,
    );
    expect(s3Mock).toReceiveCommandWith(DeleteObjectsCommand, {
      Delete: {
        Quiet: true,
        Objects: [{ Key: 'series_daily/dt=2026-11-25/old' }],
      },
    });
    expect(markers.series_daily).toEqual([
      expect.objectContaining({
        dt: '2026-11-25',
        rows: null,
        files: [],
        queryId: 'q-1',
        tag: 't1',
        leftOut: ['traffic/dt=2026-11-25/bad.parquet'],
      }),
    ]);
    const puts = s3Mock.commandCalls(PutObjectCommand);
    const marker = puts.at(-1)!.args[0].input;
    expect(marker.Key).toBe('series_daily/dt=2026-11-25/_SUCCESS');
    // The traffic files the day was built from, as the local writer
    // records them: a file added later makes the day roll up again.
    expect(JSON.parse(String(marker.Body)).read).toEqual([
      { name: 'a.parquet', bytes: 10 },
      { name: 'bad.parquet', bytes: 3 },
    ]);
  });
});
