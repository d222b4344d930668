import {
  AthenaServiceException,
  GetQueryExecutionCommand,
  StartQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import { QueryError } from '#lib/query-error';
import {
  athenaMock,
  body,
  engine,
  resetMocks,
  s3Mock,
  state,
} from './athena-query-engine-fixture.ts';

beforeEach(resetMocks);

describe('AthenaQueryEngine.query errors', () => {
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
});
