import {
  AthenaServiceException,
  GetQueryExecutionCommand,
  StartQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { DeleteObjectsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  athenaMock,
  engine,
  resetMocks,
  s3Mock,
} from './athena-query-engine-fixture.ts';

beforeEach(resetMocks);

/**
 * Athena as it answers StartQueryExecution: a token it has seen returns
 * the query it started then, a new token (or none: the SDK then makes a
 * fresh one for each call) starts another query. The first call starts its
 * query, but its answer is lost in a 500.
 */
function athenaLosingFirstAnswer(): { started: string[] } {
  const started: string[] = [];
  const byToken = new Map<string, string>();
  athenaMock.on(StartQueryExecutionCommand).callsFake((input) => {
    const token: string | undefined = input.ClientRequestToken;
    const known = token === undefined ? undefined : byToken.get(token);
    if (known !== undefined) return { QueryExecutionId: known };
    const id = `q-${started.length + 1}`;
    started.push(`${id}: ${input.QueryString}`);
    if (token !== undefined) byToken.set(token, id);
    if (started.length === 1) {
      throw new AthenaServiceException({
        name: 'InternalServerException',
        $fault: 'server',
        $metadata: { httpStatusCode: 500 },
        message: 'We encountered an internal error',
      });
    }
    return { QueryExecutionId: id };
  });
  athenaMock.on(GetQueryExecutionCommand).callsFake((input) => ({
    QueryExecution: {
      QueryExecutionId: input.QueryExecutionId,
      Status: { State: 'SUCCEEDED' },
    },
  }));
  return { started };
}

describe('AthenaQueryEngine: a retried query start', () => {
  it('starts an UNLOAD once when the answer to its start is lost', async () => {
    // Prepare
    const athena = athenaLosingFirstAnswer();
    s3Mock.on(ListObjectsV2Command).resolves({ Contents: [] });
    s3Mock.on(DeleteObjectsCommand).resolves({});
    const target = { prefix: 'runs/r1/series', partitionBy: 'shard' };
    // Act
    await engine().engine.unload('SELECT x, shard FROM t', target);
    // Assess: a second UNLOAD into the same prefix would write its
    // files beside the first one's (every row twice) or fail on them.
    expect(athenaMock).toReceiveCommandTimes(StartQueryExecutionCommand, 2);
    expect(athena.started).toEqual([
      "q-1: UNLOAD (SELECT x, shard FROM t) TO 's3://lake/runs/r1/series/' " +
        "WITH (format = 'PARQUET', compression = 'SNAPPY', " +
        "partitioned_by = ARRAY['shard'])",
    ]);
  });

  it('gives two queries two tokens', async () => {
    // Prepare
    athenaLosingFirstAnswer();
    s3Mock.on(ListObjectsV2Command).resolves({ Contents: [] });
    const { engine: subject } = engine();
    // Act
    await subject.unload('SELECT 1 AS x, shard FROM t', {
      prefix: 'runs/r1/a',
      partitionBy: 'shard',
    });
    await subject.unload('SELECT 2 AS x, shard FROM t', {
      prefix: 'runs/r1/b',
      partitionBy: 'shard',
    });
    // Assess
    const tokens = athenaMock
      .commandCalls(StartQueryExecutionCommand)
      .map((call) => call.args[0].input.ClientRequestToken);
    expect(tokens).toHaveLength(3);
    expect(tokens[0]).toMatch(/^[\w-]{32,128}$/);
    expect(tokens[1]).toBe(tokens[0]);
    expect(tokens[2]).not.toBe(tokens[0]);
  });
});
