import {
  AthenaClient,
  GetQueryExecutionCommand,
  StartQueryExecutionCommand,
  StopQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import type { Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputError } from '#lib/errors';
import { lambdaStage, STOP_MARGIN_MS } from '#lib/wiring/lambda-stage';

const athena = mockClient(AthenaClient);
const env = {
  HEADROOM_LAKE_BUCKET: 'lake',
  HEADROOM_REPORT_BUCKET: 'reports',
  HEADROOM_WORKGROUP: 'wg',
  HEADROOM_DATABASE: 'db',
  HEADROOM_ALERTS_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:alerts',
  HEADROOM_CONFIG: '{}',
  AWS_REGION: 'eu-west-1',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
};

/** A Lambda context with `remainingMs` left. */
function contextWith(remainingMs: number): Context {
  return {
    functionName: 'headroom-test-plan',
    awsRequestId: 'req-1',
    getRemainingTimeInMillis: () => remainingMs,
  } as unknown as Context;
}

beforeEach(() => {
  athena.reset();
  Object.assign(process.env, env);
});

describe('lambdaStage', () => {
  it('stops a running Athena query before the Lambda times out', async () => {
    // Prepare
    athena.on(StartQueryExecutionCommand).resolves({ QueryExecutionId: 'q-1' });
    athena.on(GetQueryExecutionCommand).resolves({
      QueryExecution: { QueryExecutionId: 'q-1', Status: { State: 'RUNNING' } },
    });
    athena.on(StopQueryExecutionCommand).resolves({});
    const handler = lambdaStage(z.object({}), (deps) =>
      deps.engine.query('SELECT 1'),
    );
    const began = Date.now();
    // Act
    const act = handler({}, contextWith(STOP_MARGIN_MS + 1500));
    // Assess
    await expect(act).rejects.toThrow(/deadline.*cancelled/);
    expect(athena).toReceiveCommandWith(StopQueryExecutionCommand, {
      QueryExecutionId: 'q-1',
    });
    // Without the deadline it would poll for the 10-minute query timeout.
    expect(Date.now() - began).toBeLessThan(STOP_MARGIN_MS + 1500);
  });

  it('rejects an invalid event before building anything', async () => {
    // Prepare
    const handler = lambdaStage(z.strictObject({ runId: z.string() }), () =>
      Promise.resolve('ran'),
    );
    // Act
    const act = handler({ runId: 7 }, contextWith(60_000));
    // Assess
    await expect(act).rejects.toThrow(/runId/);
    expect(athena.calls()).toHaveLength(0);
  });

  it('names the field and the value of an invalid event, as an InputError', async () => {
    // Prepare
    const handler = lambdaStage(z.strictObject({ runId: z.string() }), () =>
      Promise.resolve('ran'),
    );
    // Act
    const act = handler({ runId: 7 }, contextWith(60_000));
    // Assess: zod's own message was its issues as JSON, without the value
    await expect(act).rejects.toThrow(
      new InputError('event', 'must be text in quotes', {
        field: 'runId',
        value: 7,
      }),
    );
    await expect(act).rejects.toThrow(
      "event: field 'runId' must be text in quotes (got 7)",
    );
  });
});
