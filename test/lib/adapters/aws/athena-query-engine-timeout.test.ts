import {
  GetQueryExecutionCommand,
  StartQueryExecutionCommand,
  StopQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { beforeEach, describe, expect, it } from 'vitest';
import { QueryTimeoutError } from '#lib/query-error';
import {
  athenaMock,
  engine,
  resetMocks,
  state,
} from './athena-query-engine-fixture.ts';

beforeEach(resetMocks);

describe('AthenaQueryEngine.query time limits', () => {
  it('stops a query that outlives the timeout and says so', async () => {
    // Prepare
    athenaMock.on(GetQueryExecutionCommand).resolves(state('RUNNING'));
    athenaMock.on(StopQueryExecutionCommand).resolves({});
    const { engine: subject, time } = engine({ timeoutMs: 3000 });
    // Act
    const act = subject.query('SELECT * FROM traffic');
    // Assess
    await expect(act).rejects.toThrow(/still RUNNING after 3000 ms: cancelled/);
    await expect(act).rejects.toBeInstanceOf(QueryTimeoutError);
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
    await expect(act).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(athenaMock).toReceiveCommandWith(StopQueryExecutionCommand, {
      QueryExecutionId: 'q-1',
    });
    expect(time.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2000);
  });

  it('starts no query once the caller deadline has passed', async () => {
    // Prepare: the Lambda's deadline passed while another write of the
    // batch ended (its quality UNLOAD done, its series UNLOAD next)
    const { engine: subject, time } = engine({ deadline: () => -1 });
    // Act
    const act = subject.query('SELECT * FROM traffic');
    // Assess: a query started now would only be stopped at its first poll
    await expect(act).rejects.toThrow(
      /^Athena query not started: the caller's deadline has passed \(SELECT \* FROM traffic\)/,
    );
    await expect(act).rejects.toMatchObject({ code: 'QUERY.TIMED_OUT' });
    expect(athenaMock).not.toHaveReceivedCommand(StartQueryExecutionCommand);
    expect(time.slept).toEqual([]);
  });
});
