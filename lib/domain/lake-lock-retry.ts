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
 * The error a plan (the run's, the backtest's) stops with when it could
 * not get the lake's lock (a rollup held it past the plan's wait, or held
 * off new readers while it waited for the readers before it): each state
 * machine retries its plan on it, and on no other error
 * (docs/architecture.md "Rolling up", the lake's lock).
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
 * How a state machine tries its plan (the run's, the backtest's) again
 * when the plan could not get the lake's lock (`LakeLockedError`: a
 * catch-up rollup holds it for up to its Lambda's 15 minutes, and holds
 * off new readers while it waits for the readers before it, each up to a
 * Lambda's 15 minutes too): 60 s doubling to 5 minutes, eight times (60,
 * 120, 240, then 300 five times: 32 minutes), longer by themselves than a
 * reader's lease and a rollup's lock after it (twice a Lambda's 15
 * minutes and 10 s of clock skew). The state machine carries the wait:
 * each attempt waits for the lock only `PLAN_LAKE_WAIT_SECONDS` in its
 * Lambda (docs/architecture.md "Rolling up", the lake's lock). Read by
 * the state machines' Retry and by the plan's error.
 */
export const PLAN_LAKE_RETRY = {
  intervalSeconds: 60,
  backoffRate: 2,
  maxDelaySeconds: 300,
  maxAttempts: 8,
} as const satisfies RetrySchedule;

/**
 * How long a plan (the run's, the backtest's) waits for the lake's lock
 * inside its Lambda on each attempt before it stops with
 * `LakeLockedError`: long enough for a rollup about to finish, short
 * beside the Retry's waits (`PLAN_LAKE_RETRY`), which cost nothing, where
 * a Lambda waiting half its 15 minutes on every attempt was paid for the
 * wait (and the run's plan then failed the run).
 */
export const PLAN_LAKE_WAIT_SECONDS = 30;

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
