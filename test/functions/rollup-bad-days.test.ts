import {
  AthenaClient,
  GetQueryExecutionCommand,
  StartQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { addDays } from '#lib/domain/dates';
import { type LocalS3, startS3rver } from '../helpers/s3rver.ts';
import { lambdaContext, lambdaEnv } from './lambda-env.ts';
import { putUnreadableLake } from './unreadable-lake.ts';

const DAYS = 12;
let s3: LocalS3;

beforeAll(async () => {
  s3 = await startS3rver(['lake', 'reports']);
  const days = Array.from({ length: DAYS }, (_, i) =>
    addDays('2026-11-26', -1 - i),
  );
  await putUnreadableLake(s3, days);
  Object.assign(process.env, lambdaEnv(s3.endpoint));
}, 60_000);

afterAll(() => s3?.stop());

/** Athena failing every statement on the traffic file of its first day. */
function athenaRefusingEveryDay() {
  const athena = mockClient(AthenaClient);
  const sql = new Map<string, string>();
  athena.on(StartQueryExecutionCommand).callsFake(async (input) => {
    const id = `q-${sql.size + 1}`;
    sql.set(id, input.QueryString);
    return { QueryExecutionId: id };
  });
  athena.on(GetQueryExecutionCommand).callsFake(async (input) => {
    const dt = /'(\d{4}-\d\d-\d\d)'/.exec(sql.get(input.QueryExecutionId)!);
    const file = `s3://lake/traffic/dt=${dt?.[1]}/part-1.parquet`;
    const reason = `HIVE_BAD_DATA: Malformed Parquet file ${file}`;
    return {
      QueryExecution: {
        QueryExecutionId: input.QueryExecutionId,
        Status: { State: 'FAILED', StateChangeReason: reason },
      },
    };
  });
  return athena;
}

describe('rollup Lambda on days Athena cannot read', () => {
  it('returns the first ten files left out and their count, all of them in state/rollup.json', async () => {
    // Prepare
    const athena = athenaRefusingEveryDay();
    const { handler } = await import('../../functions/rollup.ts');
    // Act
    const result = await handler(
      { asOf: '2026-11-26' },
      lambdaContext('headroom-test-rollup'),
    );
    // Assess: Step Functions fails a state over 256 KiB past any Catch,
    // so the state machine gets a bounded list
    expect(result).toMatchObject({ days: [], unreadableFileCount: DAYS });
    const { unreadableFiles } = result as { unreadableFiles: unknown[] };
    expect(unreadableFiles).toHaveLength(10);
    expect(unreadableFiles[0]).toEqual({
      file: 's3://lake/traffic/dt=2026-11-25/part-1.parquet',
      day: '2026-11-25',
      reason: expect.stringMatching(
        /FAILED: HIVE_BAD_DATA: Malformed Parquet file s3:\/\/lake\/traffic\/dt=2026-11-25\/part-1\.parquet \(UNLOAD of \w+ for 2026-11-25\)$/,
      ),
    });
    const state = await new S3ObjectStore(s3.client, 'reports').get(
      'state/rollup.json',
    );
    const saved = JSON.parse(new TextDecoder().decode(state));
    expect(saved.unreadableFiles).toHaveLength(DAYS);
    athena.restore();
  });
});
