/**
 * The schedule of a state machine's Retry (no jitter: one execution
 * waits), in seconds; the waits double from `intervalSeconds`, held at
 * `maxDelaySeconds`.
 */
export interface RetrySchedule {
  readonly intervalSeconds: number;
  readonly backoffRate: number;
  readonly maxDelaySeconds: number;
  readonly maxAttempts: number;
}

/**
 * The error a rollup stops with when a reader holds the lake's lock (a
 * run's plan, a backtest's plan): the run's state machine retries the
 * rollup on it, with back-off, until the reader is done
 * (docs/architecture.md "Rolling up", the lake's lock).
 */
export const LAKE_BEING_READ_ERROR = 'LakeBeingReadError';

/**
 * The error the backtest's plan stops with when it could not get the
 * lake's lock (a rollup, or another stage, held it past the plan's
 * wait): the backtest's state machine retries the plan on it, and on no
 * other error (docs/architecture.md "The decision backtest").
 */
export const LAKE_LOCKED_ERROR = 'LakeLockedError';

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
} as const satisfies RetrySchedule;

/**
 * How the backtest's state machine tries its plan again when the plan
 * could not get the lake's lock (`LakeLockedError`: a catch-up rollup
 * holds it for up to its Lambda's 15 minutes, where the plan waits for
 * half of its own): 60 s doubling to 5 minutes, five times (60, 120,
 * 240, 300, 300: 17 minutes), longer by themselves than any holder's
 * lock lasts (a Lambda's 15 minutes and 10 s of clock skew), each
 * attempt waiting for the lock again (docs/architecture.md "The decision
 * backtest"). Read by the state machine's Retry and by the plan's error.
 */
export const BACKTEST_PLAN_RETRY = {
  intervalSeconds: 60,
  backoffRate: 2,
  maxDelaySeconds: 300,
  maxAttempts: 5,
} as const satisfies RetrySchedule;

/**
 * The waits of a Retry's schedule added up, in minutes: how long the
 * stage is tried again before its execution fails.
 *
 * @param schedule - e.g. `LAKE_READ_RETRY`
 * @returns minutes
 * @example
 * retryWaitMinutes(LAKE_READ_RETRY); // 15.5
 */
export function retryWaitMinutes(schedule: RetrySchedule): number {
  const { intervalSeconds, backoffRate, maxDelaySeconds, maxAttempts } =
    schedule;
  let total = 0;
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    total += Math.min(
      intervalSeconds * backoffRate ** attempt,
      maxDelaySeconds,
    );
  }
  return total / 60;
}
