import {
  AthenaClient,
  GetQueryExecutionCommand,
  StartQueryExecutionCommand,
  StopQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { addDays } from '#lib/domain/dates';
import { type LocalS3, startS3rver } from '../helpers/s3rver.ts';
import { lambdaContext, lambdaEnv } from './lambda-env.ts';
import { putUnreadableLake } from './unreadable-lake.ts';

const AS_OF = '2026-11-26';
const DAYS = Array.from({ length: 12 }, (_, i) => addDays(AS_OF, -1 - i));
let s3: LocalS3;

beforeAll(async () => {
  s3 = await startS3rver(['lake', 'reports']);
  await putUnreadableLake(s3, DAYS);
  // Athena's own query timeout, one second here, stops a query as the
  // Lambda's deadline does
  Object.assign(
    process.env,
    lambdaEnv(s3.endpoint, { HEADROOM_QUERY_TIMEOUT_MS: '1000' }),
  );
}, 60_000);

afterAll(() => s3?.stop());

/**
 * Athena ending an UNLOAD of at most `fits` days at once, and running
 * any longer one until it is stopped; `unloads` lists each UNLOAD's days.
 */
function athenaFitting(fits: number) {
  const athena = mockClient(AthenaClient);
  const days = new Map<string, number>();
  athena.on(StartQueryExecutionCommand).callsFake(async (input) => {
    const id = `q-${days.size + 1}`;
    const dates = input.QueryString.match(/'\d{4}-\d\d-\d\d'/g) ?? [];
    days.set(id, new Set(dates).size);
    return { QueryExecutionId: id };
  });
  athena.on(GetQueryExecutionCommand).callsFake(async (input) => {
    const n = days.get(input.QueryExecutionId)!;
    const State = n > fits ? 'RUNNING' : 'SUCCEEDED';
    return {
      QueryExecution: {
        QueryExecutionId: input.QueryExecutionId,
        Status: { State },
      },
    };
  });
  athena.on(StopQueryExecutionCommand).resolves({});
  return { athena, unloads: () => [...days.values()] };
}

describe('rollup Lambda after an UNLOAD stopped for time', () => {
  it('fails naming the UNLOAD and its days, and halves that batch on the next invocations until it fits', async () => {
    // Prepare: Athena ends an UNLOAD of three days at most in time
    const { athena, unloads } = athenaFitting(3);
    const { handler } = await import('../../functions/rollup.ts');
    const context = lambdaContext('headroom-test-rollup');
    const reports = new S3ObjectStore(s3.client, 'reports');
    const state = async () =>
      JSON.parse(
        new TextDecoder().decode(await reports.get('state/rollup.json')),
      );

    // Act
    const first = await handler({ asOf: AS_OF }, context).catch(String);
    const limits = (await state()).batchLimits;
    const second = await handler({ asOf: AS_OF }, context).catch(String);
    const before = unloads().length;
    const third = await handler({ asOf: AS_OF }, context);

    // Assess
    expect(first).toMatch(
      /^RollupBatchCutError: Athena query q-1 still RUNNING after 1000 ms: cancelled \(UNLOAD of quality_daily for 2026-11-14 to 2026-11-25, 12 days\): a batch of 12 days \(132 bytes of raw traffic\) ran out of time: the next rollup halves it, to at most 6 days and 66 bytes a batch/,
    );
    expect(limits).toEqual({ days: 6, bytes: 66 });
    expect(second).toMatch(
      /\(UNLOAD of quality_daily for 2026-11-20 to 2026-11-25, 6 days\): a batch of 6 days \(66 bytes of raw traffic\) ran out of time: the next rollup halves it, to at most 3 days and 33 bytes/,
    );
    expect(third).toMatchObject({ days: [...DAYS].sort(), daysLeft: 0 });
    expect(unloads().slice(before)).toEqual(Array(8).fill(3));
    athena.restore();
  });
});
