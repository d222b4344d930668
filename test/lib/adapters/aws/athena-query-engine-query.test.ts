import {
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  StartQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  athenaMock,
  body,
  engine,
  resetMocks,
  s3Mock,
  state,
} from './athena-query-engine-fixture.ts';

beforeEach(resetMocks);

describe('AthenaQueryEngine.query', () => {
  it('starts the query in the workgroup, polls to success and types the rows', async () => {
    // Prepare
    athenaMock
      .on(GetQueryExecutionCommand)
      .resolvesOnce(state('QUEUED'))
      .resolvesOnce(state('RUNNING'))
      .resolves(state('SUCCEEDED'));
    s3Mock.on(GetObjectCommand).resolves({
      Body: body([
        '"key","dt","samples","peak_bps","n1_ok"\n',
        '"l1","2026-11-25","288","7.5E9","true"\n"","2026-11-25",,,"false"\n',
      ]),
    });
    const { engine: subject, time } = engine();
    // Act
    const rows = await subject.query('SELECT * FROM series_daily');
    // Assess
    expect(athenaMock).toReceiveCommandWith(StartQueryExecutionCommand, {
      QueryString: 'SELECT * FROM series_daily',
      WorkGroup: 'headroom-dev',
      QueryExecutionContext: { Database: 'headroom_dev' },
    });
    expect(athenaMock).toReceiveCommandTimes(GetQueryExecutionCommand, 3);
    expect(athenaMock).toReceiveCommandWith(GetQueryResultsCommand, {
      QueryExecutionId: 'q-1',
      MaxResults: 1,
    });
    expect(s3Mock).toReceiveCommandWith(GetObjectCommand, {
      Bucket: 'results',
      Key: 'athena-results/q-1.csv',
    });
    expect(time.slept).toEqual([75, 150]);
    expect(rows).toEqual([
      {
        key: 'l1',
        dt: '2026-11-25',
        samples: 288,
        peak_bps: 7.5e9,
        n1_ok: true,
      },
      {
        key: '',
        dt: '2026-11-25',
        samples: null,
        peak_bps: null,
        n1_ok: false,
      },
    ]);
  });

  it('streams a 100,000-row result from the output object', async () => {
    // Prepare
    function* csv() {
      yield '"key","dt","samples","peak_bps","n1_ok"\n';
      for (let i = 0; i < 100_000; i += 1000) {
        let chunk = '';
        for (let j = i; j < i + 1000; j++) {
          chunk += `"l${j}","2026-11-25","${j}","${j * 1.5}","true"\n`;
        }
        yield chunk;
      }
    }
    athenaMock.on(GetQueryExecutionCommand).resolves(state('SUCCEEDED'));
    s3Mock.on(GetObjectCommand).resolves({ Body: body(csv()) });
    // Act
    const rows = await engine().engine.query('SELECT * FROM series_daily');
    // Assess
    expect(rows).toHaveLength(100_000);
    expect(rows[99_999]).toEqual({
      key: 'l99999',
      dt: '2026-11-25',
      samples: 99_999,
      peak_bps: 149_998.5,
      n1_ok: true,
    });
    expect(athenaMock).toReceiveCommandTimes(GetQueryResultsCommand, 1);
  });
});
