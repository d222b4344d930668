import { Readable } from 'node:stream';
import {
  AthenaClient,
  AthenaServiceException,
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  StartQueryExecutionCommand,
  StopQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/util-stream';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  AthenaQueryEngine,
  type AthenaQueryEngineOptions,
} from '#lib/adapters/aws/athena-query-engine';
import { LakeDataError, QueryError } from '#lib/errors';

const athena = new AthenaClient({ region: 'eu-west-1' });
const s3 = new S3Client({ region: 'eu-west-1' });
const athenaMock = mockClient(athena);
const s3Mock = mockClient(s3);
const OUTPUT = 's3://results/athena-results/q-1.csv';
const COLUMNS = [
  { Name: 'key', Type: 'varchar' },
  { Name: 'dt', Type: 'date' },
  { Name: 'samples', Type: 'bigint' },
  { Name: 'peak_bps', Type: 'double' },
  { Name: 'n1_ok', Type: 'boolean' },
];

/** Fake time: `sleep` advances `now`, and records each delay. */
function fakeTime() {
  const slept: number[] = [];
  let clock = 0;
  return {
    slept,
    sleep: async (ms: number) => {
      slept.push(ms);
      clock += ms;
    },
    now: () => clock,
    random: () => 0.5,
  };
}

function engine(extra: Partial<AthenaQueryEngineOptions> = {}) {
  const time = fakeTime();
  const options = {
    workGroup: 'headroom-dev',
    database: 'headroom_dev',
    lakeBucket: 'lake',
    pollMs: 100,
    maxPollMs: 1000,
    timeoutMs: 5000,
    ...time,
    ...extra,
  };
  return { engine: new AthenaQueryEngine(athena, s3, options), time };
}

function body(chunks: Iterable<string>) {
  return sdkStreamMixin(Readable.from(chunks));
}

function state(State: string, StateChangeReason?: string) {
  return {
    QueryExecution: {
      QueryExecutionId: 'q-1',
      Status: { State, StateChangeReason },
      ResultConfiguration: { OutputLocation: OUTPUT },
    },
  } as never;
}

beforeEach(() => {
  athenaMock.reset();
  s3Mock.reset();
  athenaMock
    .on(StartQueryExecutionCommand)
    .resolves({ QueryExecutionId: 'q-1' });
  athenaMock
    .on(GetQueryResultsCommand)
    .resolves({ ResultSet: { ResultSetMetadata: { ColumnInfo: COLUMNS } } });
});

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

  it('surfaces the state-change reason of a FAILED query', async () => {
    // Prepare
    athenaMock
      .on(GetQueryExecutionCommand)
      .resolves(
        state(
          'FAILED',
          "COLUMN_NOT_FOUND: line 1:8: Column 'x' cannot be resolved",
        ),
      );
    // Act
    const act = engine().engine.query('SELECT x FROM traffic');
    // Assess
    await expect(act).rejects.toThrow(QueryError);
    await expect(act).rejects.toThrow(/q-1 FAILED: COLUMN_NOT_FOUND.*'x'/);
  });

  it('names the SQL of a FAILED query', async () => {
    // Prepare
    athenaMock
      .on(GetQueryExecutionCommand)
      .resolves(state('FAILED', 'GENERIC_INTERNAL_ERROR: boom'));
    // Act
    const act = engine().engine.query(
      'SELECT key,\n  max(peak_bps) FROM series_daily GROUP BY key',
    );
    // Assess
    await expect(act).rejects.toThrow(
      'Athena query q-1 FAILED: GENERIC_INTERNAL_ERROR: boom ' +
        '(SELECT key, max(peak_bps) FROM series_daily GROUP BY key)',
    );
  });

  it('stops a query that outlives the timeout and says so', async () => {
    // Prepare
    athenaMock.on(GetQueryExecutionCommand).resolves(state('RUNNING'));
    athenaMock.on(StopQueryExecutionCommand).resolves({});
    const { engine: subject, time } = engine({ timeoutMs: 3000 });
    // Act
    const act = subject.query('SELECT * FROM traffic');
    // Assess
    await expect(act).rejects.toThrow(/still RUNNING after 3000 ms: cancelled/);
    expect(athenaMock).toReceiveCommandWith(StopQueryExecutionCommand, {
      QueryExecutionId: 'q-1',
    });
    expect(time.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3000);
  });

  it('stops a query at the caller deadline before its own timeout', async () => {
    // Prepare
    athenaMock.on(GetQueryExecutionCommand).resolves(state('RUNNING'));
    athenaMock.on(StopQueryExecutionCommand).resolves({});
    const { engine: subject, time } = engine({
      timeoutMs: 60_000,
      deadline: () => 2000,
    });
    // Act
    const act = subject.query('SELECT * FROM traffic');
    // Assess
    await expect(act).rejects.toThrow(/at the caller's deadline.*cancelled/);
    expect(athenaMock).toReceiveCommandWith(StopQueryExecutionCommand, {
      QueryExecutionId: 'q-1',
    });
    expect(time.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2000);
  });

  it('retries a throttled StartQueryExecution with back-off', async () => {
    // Prepare
    const throttled = new AthenaServiceException({
      name: 'TooManyRequestsException',
      $fault: 'client',
      $metadata: {},
      message: 'Rate exceeded',
    });
    athenaMock
      .on(StartQueryExecutionCommand)
      .rejectsOnce(throttled)
      .resolves({ QueryExecutionId: 'q-1' });
    athenaMock.on(GetQueryExecutionCommand).resolves(state('SUCCEEDED'));
    s3Mock.on(GetObjectCommand).resolves({ Body: body(['"key"\n"a"\n']) });
    const { engine: subject, time } = engine();
    // Act
    const rows = await subject.query('SELECT key FROM links');
    // Assess
    expect(rows).toEqual([{ key: 'a' }]);
    expect(athenaMock).toReceiveCommandTimes(StartQueryExecutionCommand, 2);
    expect(time.slept).toHaveLength(1);
  });

  it('wraps an SDK error in a QueryError with its cause', async () => {
    // Prepare
    const denied = new AthenaServiceException({
      name: 'AccessDeniedException',
      $fault: 'client',
      $metadata: {},
      message: 'not allowed',
    });
    athenaMock.on(StartQueryExecutionCommand).rejects(denied);
    // Act
    const act = engine().engine.query('SELECT 1');
    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'QueryError',
      code: 'QUERY.FAILED',
      cause: denied,
    });
    expect(athenaMock).toReceiveCommandTimes(StartQueryExecutionCommand, 1);
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

describe('AthenaQueryEngine partitions', () => {
  it('UNLOADs a batch partitioned by dt into an empty staging prefix, markers removed first and written last, naming files left out', async () => {
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
    expect(puts.at(-1)!.args[0].input.Key).toBe(
      'series_daily/dt=2026-11-25/_SUCCESS',
    );
  });

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

  it.each([
    ['traffic/dt=2026-3-10/', 'is not a day of the lake'],
    ['traffic/dt=2026-02-31/', 'is not a day of the lake'],
    ['traffic/2026-03-10/', 'is not a day of the lake'],
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
