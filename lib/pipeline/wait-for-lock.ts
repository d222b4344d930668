import { RunLockedError } from '#lib/errors';
import type { Logger } from '#lib/ports/logger';
import { clearWaitingMark } from './clear-waiting-mark.ts';
import type { LockRequest } from './lock-record.ts';
import { acquireRunLock, type HeldLock, type LockPlace } from './run-lock.ts';
import { acquireSharedLock } from './shared-lock.ts';

/** How long to wait for a lock another run holds, and how often to look. */
export interface LockWait {
  /** 0: give up at once. */
  readonly waitMs: number;
  /** Between two attempts (default 1 s). */
  readonly pollMs?: number;
  /**
   * Called before each pause: a run that waits for the lake holding its
   * report store's lock renews that lock here, since the wait (31
   * minutes) outlasts the lock's life and it writes nothing meanwhile.
   */
  readonly whileWaiting?: () => Promise<void>;
  /**
   * A writer tried again soon when it stops (a rollup its state machine
   * retries): the mark it left holding off new readers is kept for that
   * attempt, where a writer that gives up takes its mark out.
   */
  readonly retried?: boolean;
}

/**
 * Takes a lock (a reader's lease in it for a `shared` place), waiting up
 * to `wait.waitMs` while another run holds it (as `flock -w` does): it
 * tries again every `pollMs`, says once on the log whom it waits for, and
 * gives up with the holder's name and the time waited. A writer that
 * stops without the lock, for whatever reason (its wait ran out, the
 * renewal of its report store's lock in `whileWaiting` failed, the store
 * failed), takes out the mark it left holding off readers, unless it is
 * tried again soon (`retried`). A holder that dies meanwhile is taken
 * over as `acquireRunLock` does (a gone process at once, another
 * machine's once its lock expires).
 * Waits in real time, whatever clock the request carries.
 *
 * @param place - the lock's store and key
 * @param request - a fresh request for each attempt (its time moves on)
 * @param wait - how long to wait and how often to look
 * @param log - where to say that it waits
 * @returns the held lock
 * @throws RunLockedError naming the holder when the wait runs out; what
 *   `whileWaiting` throws
 * @example
 * const lock = await acquireWaiting(place, request, { waitMs: 1_800_000 }, log);
 */
export async function acquireWaiting(
  place: LockPlace,
  request: () => LockRequest,
  wait: LockWait,
  log: Logger,
): Promise<HeldLock> {
  try {
    return await waitFor(place, request, wait, log);
  } catch (error) {
    if (!place.shared && !wait.retried) {
      await clearWaitingMark(place, request().owner, log);
    }
    throw error;
  }
}

async function waitFor(
  place: LockPlace,
  request: () => LockRequest,
  wait: LockWait,
  log: Logger,
): Promise<HeldLock> {
  const pollMs = wait.pollMs ?? 1000;
  const start = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      const acquire = place.shared ? acquireSharedLock : acquireRunLock;
      return await acquire(place, request());
    } catch (error) {
      if (!(error instanceof RunLockedError)) throw error;
      const waited = Date.now() - start;
      if (waited + pollMs > wait.waitMs) throw gaveUp(error, waited);
      if (attempt === 0) {
        log.info(`waiting for ${place.guards}'s lock`, {
          holder: error.message,
          waitSeconds: Math.round(wait.waitMs / 1000),
        });
      }
      await wait.whileWaiting?.();
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}

function gaveUp(error: RunLockedError, waitedMs: number): RunLockedError {
  if (waitedMs < 1000) return error;
  return new RunLockedError(
    `${error.message} (waited ${Math.round(waitedMs / 1000)} s)`,
  );
}
