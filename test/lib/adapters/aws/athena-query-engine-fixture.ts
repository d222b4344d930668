import { Readable } from 'node:stream';
import {
  AthenaClient,
  GetQueryResultsCommand,
  StartQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { S3Client } from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/util-stream';
import { mockClient } from 'aws-sdk-client-mock';
import type { AthenaQueryEngineOptions } from '#lib/adapters/aws/athena-engine-options';
import { AthenaQueryEngine } from '#lib/adapters/aws/athena-query-engine';

const athena = new AthenaClient({ region: 'eu-west-1' });
const s3 = new S3Client({ region: 'eu-west-1' });
/** The mocked Athena client the engine under test talks to. */
export const athenaMock = mockClient(athena);
/** The mocked S3 client the engine under test talks to. */
export const s3Mock = mockClient(s3);
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

/** An engine on the mocked clients and fake time, with `extra` options. */
export function engine(extra: Partial<AthenaQueryEngineOptions> = {}) {
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

/** An S3 object body that streams `chunks`. */
export function body(chunks: Iterable<string>) {
  return sdkStreamMixin(Readable.from(chunks));
}

/** A GetQueryExecution answer for query q-1 in `State`. */
export function state(State: string, StateChangeReason?: string) {
  return {
    QueryExecution: {
      QueryExecutionId: 'q-1',
      Status: { State, StateChangeReason },
      ResultConfiguration: { OutputLocation: OUTPUT },
    },
  } as never;
}

/**
 * Resets both mocks; every query then starts as q-1 and its results
 * carry the five typed columns. Call it in `beforeEach`.
 */
export function resetMocks(): void {
  athenaMock.reset();
  s3Mock.reset();
  athenaMock
    .on(StartQueryExecutionCommand)
    .resolves({ QueryExecutionId: 'q-1' });
  athenaMock
    .on(GetQueryResultsCommand)
    .resolves({ ResultSet: { ResultSetMetadata: { ColumnInfo: COLUMNS } } });
}
