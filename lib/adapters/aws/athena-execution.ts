import { randomUUID } from 'node:crypto';
import {
  type AthenaClient,
  GetQueryExecutionCommand,
  type QueryExecution,
  StartQueryExecutionCommand,
  StopQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { QueryTimeoutError } from '#lib/query-error';
import { endedQueryError, queryDetails } from './athena-query-error.ts';
import { type AthenaTiming, callAthena, pollDelay } from './athena-timing.ts';
import { sleep } from './retry.ts';

/** Where a query runs, and what it is for the error messages. */
export interface AthenaQueryContext {
  readonly workGroup: string;
  readonly database: string;
  /**
   * What the query does, e.g. `UNLOAD of series_daily for 2026-11-01 to
   * 2026-11-15, 15 days`; a failure names it, so that the run's error
   * says which query and which days failed, not only Athena's query id.
   */
  readonly what?: string;
}

/**
 * Starts `sql` in a workgroup and polls `GetQueryExecution` with
 * exponential back-off and jitter until it ends. A query that outlives
 * `timeoutMs` is stopped (StopQueryExecution) and reported, as is one
 * still running at the caller's deadline; none starts once that deadline
 * has passed (it would only be stopped at its first poll). Each start
 * attempt carries one `ClientRequestToken` (the SDK makes one per call),
 * so a retry after a lost answer gets the query started, not a twin.
 *
 * @param athena - the Athena client
 * @param sql - the statement
 * @param context - workgroup, database and what the query is for
 * @param timing - polling and timeout
 * @returns the finished execution (state SUCCEEDED)
 * @throws QueryError with the state-change reason on FAILED or CANCELLED
 *   (a bytes-scanned cutoff cancels), naming `what` and the bytes
 *   scanned; QueryTimeoutError on timeout or past the deadline
 * @example
 * const done = await executeAthenaQuery(athena, 'SELECT 1',
 *   { workGroup: 'wg', database: 'db', what: 'SELECT 1' }, {});
 */
export async function executeAthenaQuery(
  athena: AthenaClient,
  sql: string,
  context: AthenaQueryContext,
  timing: AthenaTiming,
): Promise<QueryExecution> {
  const now = timing.now ?? Date.now;
  if (now() >= (timing.deadline?.() ?? Infinity)) {
    throw new QueryTimeoutError(
      `Athena query not started: the caller's deadline has passed${queryDetails(context.what)}`,
    );
  }
  const token = randomUUID();
  const started = await callAthena(
    () =>
      athena.send(
        new StartQueryExecutionCommand({
          ClientRequestToken: token,
          QueryString: sql,
          WorkGroup: context.workGroup,
          QueryExecutionContext: { Database: context.database },
        }),
      ),
    timing,
  );
  return waitFor(athena, started.QueryExecutionId!, context.what, timing);
}

async function waitFor(
  athena: AthenaClient,
  id: string,
  what: string | undefined,
  timing: AthenaTiming,
): Promise<QueryExecution> {
  const now = timing.now ?? Date.now;
  const timeoutMs = timing.timeoutMs ?? 600_000;
  const begin = now();
  for (let poll = 0; ; poll++) {
    const { QueryExecution: execution } = await callAthena(
      () => athena.send(new GetQueryExecutionCommand({ QueryExecutionId: id })),
      timing,
    );
    const state = execution?.Status?.State;
    if (state === 'SUCCEEDED') return execution!;
    if (state === 'FAILED' || state === 'CANCELLED') {
      throw endedQueryError(id, state, execution, what);
    }
    const delay = pollDelay(poll, timing);
    const stopAt = Math.min(begin + timeoutMs, timing.deadline?.() ?? Infinity);
    if (now() + delay > stopAt) {
      await stopQuery(athena, id, timing);
      const why =
        stopAt < begin + timeoutMs
          ? `at the caller's deadline, after ${now() - begin} ms`
          : `after ${timeoutMs} ms`;
      throw new QueryTimeoutError(
        `Athena query ${id} still ${state} ${why}: cancelled${queryDetails(what)}`,
      );
    }
    await (timing.sleep ?? sleep)(delay);
  }
}

/** Stops a query that ran past its time (StopQueryExecution). */
async function stopQuery(
  athena: AthenaClient,
  id: string,
  timing: AthenaTiming,
): Promise<void> {
  await callAthena(
    () => athena.send(new StopQueryExecutionCommand({ QueryExecutionId: id })),
    timing,
  );
}
