import {
  type AthenaClient,
  GetQueryExecutionCommand,
  type QueryExecution,
  StartQueryExecutionCommand,
  StopQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { LakeDataError, QueryError } from '#lib/errors';

/** Athena's error names for lake data it cannot read. */
const BAD_DATA =
  /HIVE_BAD_DATA|HIVE_CANNOT_OPEN_SPLIT|HIVE_CURSOR_ERROR|HIVE_PARTITION_SCHEMA_MISMATCH|HIVE_INVALID_PARQUET/;

import { backoffMs, type RetryOptions, sendWithRetry, sleep } from './retry.ts';

/** Polling, timeout and retry settings, with injectable time for tests. */
export interface AthenaTiming {
  /** First poll delay in ms, doubled per poll (default 250). */
  readonly pollMs?: number;
  /** Longest delay between two polls in ms (default 5000). */
  readonly maxPollMs?: number;
  /** A query still running after this many ms is cancelled (default 600000). */
  readonly timeoutMs?: number;
  /**
   * Epoch ms by which a running query must have been stopped, read at each
   * poll: a Lambda sets it from its remaining time, so that a query is
   * stopped before the Lambda is cut off, not left running without owner.
   */
  readonly deadline?: () => number | undefined;
  /** Retries of throttled or 5xx API calls. */
  readonly retry?: RetryOptions;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly now?: () => number;
}

/**
 * Calls the Athena API once, retrying throttling and 5xx with back-off.
 *
 * @param send - one attempt
 * @param timing - retry settings and injectable sleep/random
 * @returns the response
 * @example
 * await callAthena(() => athena.send(command), {});
 */
export function callAthena<T>(
  send: () => Promise<T>,
  timing: AthenaTiming,
): Promise<T> {
  const { retry, sleep: wait, random } = timing;
  return sendWithRetry(send, { sleep: wait, random, ...retry });
}

/**
 * Starts `sql` in a workgroup and polls `GetQueryExecution` with
 * exponential back-off and jitter until it ends. A query that outlives
 * `timeoutMs` is stopped (StopQueryExecution) and reported.
 *
 * @param athena - the Athena client
 * @param sql - the statement
 * @param context - workgroup and database
 * @param timing - polling and timeout
 * @returns the finished execution (state SUCCEEDED)
 * @throws QueryError with the state-change reason on FAILED or CANCELLED,
 *   or on timeout
 * @example
 * const done = await executeAthenaQuery(athena, 'SELECT 1',
 *   { workGroup: 'wg', database: 'db' }, {});
 */
export async function executeAthenaQuery(
  athena: AthenaClient,
  sql: string,
  context: { readonly workGroup: string; readonly database: string },
  timing: AthenaTiming,
): Promise<QueryExecution> {
  const started = await callAthena(
    () =>
      athena.send(
        new StartQueryExecutionCommand({
          QueryString: sql,
          WorkGroup: context.workGroup,
          QueryExecutionContext: { Database: context.database },
        }),
      ),
    timing,
  );
  return waitFor(athena, started.QueryExecutionId!, timing);
}

async function waitFor(
  athena: AthenaClient,
  id: string,
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
      const reason = execution?.Status?.StateChangeReason ?? 'no reason given';
      const message = `Athena query ${id} ${state}: ${reason}`;
      throw BAD_DATA.test(reason)
        ? new LakeDataError(message)
        : new QueryError(message);
    }
    const delay = pollDelay(poll, timing);
    const stopAt = Math.min(begin + timeoutMs, timing.deadline?.() ?? Infinity);
    if (now() + delay > stopAt) {
      await callAthena(
        () =>
          athena.send(new StopQueryExecutionCommand({ QueryExecutionId: id })),
        timing,
      );
      const why =
        stopAt < begin + timeoutMs
          ? `at the caller's deadline, after ${now() - begin} ms`
          : `after ${timeoutMs} ms`;
      throw new QueryError(
        `Athena query ${id} still ${state} ${why}: cancelled`,
      );
    }
    await (timing.sleep ?? sleep)(delay);
  }
}

function pollDelay(poll: number, timing: AthenaTiming): number {
  const { pollMs = 250, maxPollMs = 5000, random = Math.random } = timing;
  return backoffMs(poll, pollMs, maxPollMs, random);
}
