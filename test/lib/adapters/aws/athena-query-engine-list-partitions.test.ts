import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import { LakeDataError } from '#lib/query-error';
import { engine, resetMocks, s3Mock } from './athena-query-engine-fixture.ts';

beforeEach(resetMocks);

describe('AthenaQueryEngine.listPartitions', () => {
  it('lists the days from dt= common prefixes across pages', async () => {
    // Prepare
    s3Mock
      .on(ListObjectsV2Command, { ContinuationToken: undefined })
      .resolves({
        IsTruncated: true,
        NextContinuationToken: 't',
        CommonPrefixes: [{ Prefix: 'traffic/dt=2026-11-25/' }],
      })
      .on(ListObjectsV2Command, { ContinuationToken: 't' })
      .resolves({
        CommonPrefixes: [
          { Prefix: 'traffic/dt=2026-11-24/' },
          { Prefix: 'traffic/_scratch/' },
        ],
        Contents: [
          { Key: 'traffic/' },
          { Key: 'traffic/.keep' },
          { Key: 'traffic/dt=2026-11-24_$folder$' },
        ],
      });
    // Act
    const days = await engine().engine.listPartitions('traffic');
    // Assess
    expect(days).toEqual(['2026-11-24', '2026-11-25']);
    expect(s3Mock).toReceiveCommandWith(ListObjectsV2Command, {
      Bucket: 'lake',
      Prefix: 'traffic/',
      Delimiter: '/',
    });
  });

  it('leaves out a rolled-up day holding only its marker, as the local lake does', async () => {
    // Prepare: 2026-11-25's traffic files held no rows, so its rollup
    // wrote the marker alone (an UNLOAD writes no file for no rows)
    s3Mock.on(ListObjectsV2Command, { Delimiter: '/' }).resolves({
      CommonPrefixes: [
        { Prefix: 'series_daily/dt=2026-11-24/' },
        { Prefix: 'series_daily/dt=2026-11-25/' },
      ],
    });
    s3Mock.on(ListObjectsV2Command, { Delimiter: undefined }).resolves({
      Contents: [
        { Key: 'series_daily/dt=2026-11-24/part-0', Size: 900 },
        { Key: 'series_daily/dt=2026-11-24/_SUCCESS', Size: 300 },
        { Key: 'series_daily/dt=2026-11-25/_SUCCESS', Size: 300 },
      ],
    });
    // Act
    const days = await engine().engine.listPartitions('series_daily');
    // Assess: the freshness check and the backtest's range see no rolled-up
    // rows on 2026-11-25
    expect(days).toEqual(['2026-11-24']);
  });

  it.each([
    ['traffic/dt=2026-3-10/', 'is not a day of the lake'],
    ['traffic/dt=2026-02-31/', 'is not a day of the lake'],
    ['traffic/2026-03-10/', 'is not a day of the lake'],
    ['traffic/dt=2026-13-01/', 'is not a day of the lake'],
    [
      'traffic/dt=0000-01-01/',
      'is not a day of the lake: its day 0000-01-01 is out of range: ' +
        'dates run from 1970-01-01 to 9899-12-31',
    ],
    [
      'traffic/dt=9999-12-31/',
      'is not a day of the lake: its day 9999-12-31 is out of range: ' +
        'dates run from 1970-01-01 to 9899-12-31',
    ],
  ])('stops on a misnamed day folder %s, naming it', async (prefix, reason) => {
    // Prepare
    s3Mock.on(ListObjectsV2Command).resolves({
      CommonPrefixes: [
        { Prefix: 'traffic/dt=2026-03-09/' },
        { Prefix: prefix },
      ],
    });
    s3Mock
      .on(ListObjectsV2Command, { Delimiter: undefined })
      .resolves({ Contents: [{ Key: `${prefix}part-0.parquet`, Size: 5 }] });
    // Act
    const listed = engine().engine.listPartitions('traffic');
    const described = engine().engine.describePartitions('traffic');
    // Assess
    await expect(listed).rejects.toThrow(`s3://lake/${prefix} ${reason}`);
    await expect(described).rejects.toThrow(
      `s3://lake/${prefix}part-0.parquet ${reason}`,
    );
    await expect(described).rejects.toBeInstanceOf(LakeDataError);
  });

  it('stops on an object beside the day folders, naming it', async () => {
    // Prepare
    s3Mock.on(ListObjectsV2Command).resolves({
      Contents: [{ Key: 'traffic/part-0.parquet', Size: 5 }],
    });
    // Act
    const listed = engine().engine.listPartitions('traffic');
    // Assess
    await expect(listed).rejects.toThrow(
      's3://lake/traffic/part-0.parquet is an object where the lake needs a dt=YYYY-MM-DD folder',
    );
  });
});
