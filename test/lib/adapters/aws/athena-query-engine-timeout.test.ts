import {
  GetQueryExecutionCommand,
  StopQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { beforeEach, describe, expect, it } from 'vitest';
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
});
