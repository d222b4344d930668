import { backoffMs, type RetryOptions, sendWithRetry } from './retry.ts';

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
 * The wait before a query's next poll: doubling from `pollMs` up to
 * `maxPollMs`, with jitter.
 *
 * @param poll - polls made so far
 * @param timing - the delays and an injectable `random`
 * @returns ms to wait
 * @example
 * await sleep(pollDelay(3, {}));
 */
export function pollDelay(poll: number, timing: AthenaTiming): number {
  const { pollMs = 250, maxPollMs = 5000, random = Math.random } = timing;
  return backoffMs(poll, pollMs, maxPollMs, random);
}
