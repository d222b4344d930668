/**
 * How the run's state machine tries a rollup again while a reader (a
 * plan, a backtest's plan) holds the lake's lock: 30 s doubling to 4
 * minutes, six times (docs/architecture.md "Rolling up", the lake's
 * lock). One place, read by the state machine's Retry and by the
 * rollup's error, which tells how long it is tried.
 */
export const LAKE_READ_RETRY = {
  intervalSeconds: 30,
  backoffRate: 2,
  maxDelaySeconds: 240,
  maxAttempts: 6,
} as const;

/**
 * The waits of `LAKE_READ_RETRY` added up, in minutes (15.5): how long a
 * rollup is tried again before the run fails.
 *
 * @returns minutes
 * @example
 * lakeReadRetryMinutes(); // 15.5
 */
export function lakeReadRetryMinutes(): number {
  const { intervalSeconds, backoffRate, maxDelaySeconds, maxAttempts } =
    LAKE_READ_RETRY;
  let total = 0;
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    total += Math.min(
      intervalSeconds * backoffRate ** attempt,
      maxDelaySeconds,
    );
  }
  return total / 60;
}
