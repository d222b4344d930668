import type { ObjectStore } from '#lib/ports/object-store';
import type { Deps } from './deps.ts';
import { keepLock, LOCK_TTL_MS } from './keep-lock.ts';
import { isDeadLocalProcess, LockOwner } from './lock-owner.ts';
import type { LockRequest } from './lock-record.ts';
import { releaseOrWarn } from './release-run-lock.ts';
import { renewingStore } from './renewing-store.ts';
import { type LockPlace, RUN_LOCK_KEY } from './run-lock.ts';
import { acquireWaiting, type LockWait } from './wait-for-lock.ts';

/**
 * Time added to an invocation's end in the lock it writes: the next
 * holder may read it on another host, whose clock may be a little ahead.
 */
export const CLOCK_SKEW_MS = 10_000;

/**
 * When a lock taken by a Lambda invocation should expire: when the
 * invocation must have ended (plus a little clock skew), so that a stage
 * stopped at its timeout frees the lock then, not a lock's life after its
 * last renewal (`holdLock`'s `endsAtMs`).
 *
 * @param now - the time now
 * @param remainingMs - the invocation's time left
 * @returns the lock's end, in ms since the epoch
 * @example
 * invocationEnd(deps.clock.now(), context.getRemainingTimeInMillis());
 */
export function invocationEnd(now: Date, remainingMs: number): number {
  return now.getTime() + remainingMs + CLOCK_SKEW_MS;
}

/**
 * Runs `work` holding the report store's run lock (one run per report
 * store at a time; {@link holdLock}). The store `work` gets renews the
 * lock on its writes, and fails if another run took the lock over; `work`
 * also gets `keep`, to renew it while it writes nothing for long (waiting
 * for the lake's lock).
 *
 * @param deps - the run's dependencies
 * @param work - the run, given `deps` with the lock-keeping store and `keep`
 * @returns what `work` returns
 * @throws RunLockedError naming the holder when another run holds the lock
 * @example
 * const summary = await withRunLock(deps, (locked) => run(locked, input));
 */
export async function withRunLock<T>(
  deps: Deps,
  work: (deps: Deps, keep: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const place = reportStoreLock(deps.reports);
  return holdLock(place, deps, (keep) =>
    work({ ...deps, reports: renewingStore(deps.reports, keep) }, keep),
  );
}

/**
 * The report store's run lock (`state/run.lock`).
 *
 * @param store - the report store
 * @returns the lock's place
 * @example
 * await holdLock(reportStoreLock(deps.reports), deps, work);
 */
export function reportStoreLock(store: ObjectStore): LockPlace {
  return { store, key: RUN_LOCK_KEY, guards: 'the report store' };
}

/**
 * Runs `work` holding a lock, then releases it, also when `work` fails.
 * `work` gets `keep`, to call before each of its writes: it renews the
 * lock when a third of its time-to-live has passed, and fails if another
 * run took the lock over. A lock left by a dead process on this machine
 * (or by an earlier run of this same process id: its token is not held
 * here) is taken over at once; one left elsewhere once it expires. With
 * `wait`, a lock another run holds is waited for (`acquireWaiting`).
 * With `endsAtMs`, the end of a Lambda invocation, the lock expires then
 * and is never renewed: its holder cannot outlive it, and one stopped at
 * its timeout frees the lock at once, not 30 minutes later. Such a run
 * judges a held lock by its expiry alone, never by the processes it can
 * see: another execution environment is another machine, which may give
 * the same host name and process id in another boot, and would read as a
 * dead process of this one (docs/architecture.md "How a run flows", time
 * on AWS).
 *
 * @param place - the lock's store and key
 * @param deps - the clock and the logger
 * @param work - what to do holding the lock
 * @param wait - how long to wait for another run's lock (default: not at all)
 * @param endsAtMs - epoch ms (on `deps.clock`) by which the holder ends
 * @returns what `work` returns
 * @throws RunLockedError naming the holder when another run holds the lock
 * @example
 * await holdLock(place, deps, async (keep) => { await keep(); write(); });
 */
export async function holdLock<T>(
  place: LockPlace,
  deps: Pick<Deps, 'clock' | 'log'>,
  work: (keep: () => Promise<void>) => Promise<T>,
  wait: LockWait = { waitMs: 0 },
  endsAtMs?: number,
): Promise<T> {
  const owner = new LockOwner();
  const request = (): LockRequest => {
    const now = deps.clock.now();
    const ttlMs =
      endsAtMs === undefined ? LOCK_TTL_MS : endsAtMs - now.getTime();
    const judge = endsAtMs === undefined ? isDeadLocalProcess : undefined;
    return {
      owner: owner.name,
      now,
      ttlMs,
      holderGone: judge,
      stage: place.stage,
    };
  };
  // Held here from before the lock is written until it is gone: a holder
  // in this same process that reads it meanwhile (two rollups of one lake
  // at once) must not take it for a dead invocation's (isDeadLocalProcess).
  owner.took();
  try {
    const acquired = await acquireWaiting(place, request, wait, deps.log);
    const held =
      endsAtMs === undefined
        ? keepLock(place, acquired, request)
        : { keep: async () => {}, lock: () => acquired };
    try {
      return await work(held.keep);
    } finally {
      await releaseOrWarn(place, held.lock(), deps.log, deps.clock.now());
    }
  } finally {
    owner.released();
  }
}
