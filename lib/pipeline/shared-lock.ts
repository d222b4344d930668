import { RunLockedError } from '#lib/errors';
import { lastLease, liveReaders, sharedRecord } from './lock-readers.ts';
import {
  buildLockRecord,
  isLockExpired,
  type LockHolder,
  type LockRecord,
  type LockRequest,
} from './lock-record.ts';
import { lockedBy } from './lock-refusal.ts';
import type { HeldLock, LockPlace } from './run-lock.ts';
import { LEAVE, swapLock } from './swap-lock.ts';
import { liveWaiting, waitingMarks } from './waiting-marks.ts';

/**
 * Takes a lock as one of its readers (the lake's, by a plan): adds this
 * run's lease to the readers' leases in the lock, by a compare-and-swap
 * on the version read (a create when there is none), so that readers
 * coming at once each add theirs and none is lost. Refused while a writer
 * holds the lock, or waits for its readers to go (`waiting`); a writer's
 * lock past its expiry, or whose holder is gone, is taken over, as a
 * writer takes it (docs/architecture.md "Rolling up", the lake's lock).
 *
 * @param place - the lock's store and key
 * @param request - owner, time, time-to-live (the lease's) and stage
 * @returns the lease held, and the version written
 * @throws RunLockedError naming the writer that holds it or waits for it
 * @example
 * const lease = await acquireSharedLock(place, request);
 */
export async function acquireSharedLock(
  place: LockPlace,
  request: LockRequest,
): Promise<HeldLock> {
  const lease = buildLockRecord(request);
  const version = await swapLock(place, (holder) => {
    if (holder && !holder.readers && !isLockExpired(holder, request)) {
      throw lockedBy(place, holder);
    }
    const waiting = holder ? liveWaiting(holder, request) : [];
    if (waiting.length > 0) {
      throw lockedBy(place, lastLease(waiting), { waits: true });
    }
    const readers = holder?.readers ? liveReaders(holder, request) : [];
    return sharedRecord([...readers, lease]);
  });
  return { record: lease, version };
}

/**
 * Extends this run's lease, as `renewRunLock` extends a writer's lock.
 *
 * @param place - the lock's store and key
 * @param lock - the lease held
 * @param request - the same owner, the current time and time-to-live
 * @returns the renewed lease
 * @throws RunLockedError when the lease is gone (expired, and a writer
 *   took the lock)
 * @example
 * lock = await renewSharedLock(place, lock, request);
 */
export async function renewSharedLock(
  place: LockPlace,
  lock: HeldLock,
  request: LockRequest,
): Promise<HeldLock> {
  const lease = {
    ...buildLockRecord(request),
    acquiredAt: lock.record.acquiredAt,
  };
  const version = await swapLock(place, (holder) => {
    if (!holds(holder, lock.record)) {
      throw holder && !holder.readers
        ? lockedBy(place, holder, { prefix: 'this run lost its lock: ' })
        : new RunLockedError(`this run lost its lock on ${place.guards}`);
    }
    const others = otherLeases(holder, lock.record);
    return sharedRecord([...others, lease], waitingMarks(holder!));
  });
  return { record: lease, version };
}

/**
 * Takes this run's lease out of the lock; the last lease out deletes the
 * lock (a conditional delete), unless a writer waits, which then finds
 * no reader. A lease already gone counts as released; a writer's lock
 * found instead is left alone.
 *
 * @param place - the lock's store and key
 * @param lock - the lease held
 * @param now - the time, to drop a writer's mark that no longer holds
 * @returns `released`, or `taken over` when a writer holds the lock
 * @example
 * await releaseSharedLock(place, lock, clock.now());
 */
export async function releaseSharedLock(
  place: LockPlace,
  lock: HeldLock,
  now: Date,
): Promise<'released' | 'taken over'> {
  let outcome: 'released' | 'taken over' = 'released';
  await swapLock(place, (holder) => {
    if (holder && !holder.readers) outcome = 'taken over';
    // Not there (expired, and dropped by another): nothing to take out.
    if (!holds(holder, lock.record)) return LEAVE;
    const waiters = liveWaiting(holder!, { now });
    return sharedRecord(otherLeases(holder, lock.record), waiters);
  });
  return outcome;
}

/** Whether `mine` (by its owner) is among the lock's readers' leases. */
function holds(holder: LockRecord | undefined, mine: LockHolder): boolean {
  return holder?.readers?.some((r) => r.owner === mine.owner) ?? false;
}

/** The leases in the lock other than `mine` (by its owner). */
function otherLeases(holder: LockRecord | undefined, mine: LockHolder) {
  return (holder?.readers ?? []).filter((r) => r.owner !== mine.owner);
}
