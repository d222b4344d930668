import { RunLockedError, StoreConflictError } from '#lib/errors';
import type { ObjectStore } from '#lib/ports/object-store';
import {
  buildLockRecord,
  type LockHolder,
  type LockRequest,
  parseLockRecord,
} from './lock-record.ts';
import { changedHands, heldBy, lockedBy } from './lock-refusal.ts';
import { meetHolder } from './meet-lock-holder.ts';

/** Looks at a lock a writer takes, each lost to another's change of it. */
const ATTEMPTS = 3;

/** Where the run lock lives in the report store. */
export const RUN_LOCK_KEY = 'state/run.lock';

/** A lock: the store and key it lives at, and what it guards, for messages. */
export interface LockPlace {
  readonly store: ObjectStore;
  readonly key: string;
  /** E.g. "the report store", as in "another run holds the report store's lock". */
  readonly guards: string;
  /**
   * The stage taking it here (the lake's: `rollup`, `plan`), named in
   * its record, so that a stage meeting it can tell whose it is.
   */
  readonly stage?: string;
  /**
   * Held with other readers (the lake's, by its plans), as a lease in
   * the lock (`acquireSharedLock`), where a writer's is exclusive.
   */
  readonly shared?: boolean;
}

/**
 * A lock this run holds: its record (a reader's: its lease) and the
 * version it wrote.
 */
export interface HeldLock {
  readonly record: LockHolder;
  readonly version: string;
}

/**
 * Takes a lock for this run alone, as a writer (the report store's run
 * lock `state/run.lock`, the lake's rollup lock): creates its key only if
 * it does not exist (`If-None-Match: *` on S3, an exclusive create
 * locally). A lock past its expiry, unreadable, or whose holder is gone
 * is taken over by a compare-and-swap on the version read, so two runs
 * taking over at once cannot both win. A lock readers hold is taken so
 * once none of their leases is live; until then the writer marks it as
 * waited for, which keeps new readers out (`holdOffReaders`), and looks
 * again at once when a reader came or went as it marked (`meetHolder`).
 *
 * @param place - the lock's store and key
 * @param request - owner, time and time-to-live
 * @returns the held lock
 * @throws RunLockedError naming the holder when another run holds it
 * @example
 * const lock = await acquireRunLock(place, { owner, now, ttlMs: 1_800_000 });
 */
export async function acquireRunLock(
  place: LockPlace,
  request: LockRequest,
): Promise<HeldLock> {
  const { store, key } = place;
  const record = buildLockRecord(request);
  const body = JSON.stringify(record);
  let refusal: RunLockedError | undefined;
  let seen: LockHolder | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    try {
      const version = await store.putIf(key, body, { ifNoneMatch: '*' });
      return { record, version };
    } catch (error) {
      if (!(error instanceof StoreConflictError)) throw error;
    }
    const current = await store.getVersioned(key);
    if (current === undefined) continue; // released meanwhile: try again
    seen = heldBy(parseLockRecord(current.body)) ?? seen;
    const met = await meetHolder(place, current, request);
    refusal = met?.refusal;
    if (met?.lookAgain) continue;
    if (refusal) throw refusal;
    try {
      const version = await store.putIf(key, body, {
        ifMatch: current.version,
      });
      return { record, version };
    } catch (error) {
      if (!(error instanceof StoreConflictError)) throw error;
    }
  }
  // Never held by a live writer when read: readers came and went.
  throw refusal ?? changedHands(place, ATTEMPTS, seen);
}

/**
 * Extends a held lock's expiry, checking that it is still this run's.
 *
 * @param place - the lock's store and key
 * @param lock - the lock this run holds
 * @param request - the same owner, the current time and time-to-live
 * @returns the renewed lock
 * @throws RunLockedError when another run took the lock over
 * @example
 * lock = await renewRunLock(place, lock, { owner, now, ttlMs });
 */
export async function renewRunLock(
  place: LockPlace,
  lock: HeldLock,
  request: LockRequest,
): Promise<HeldLock> {
  const { store, key } = place;
  const record = {
    ...buildLockRecord(request),
    acquiredAt: lock.record.acquiredAt,
  };
  try {
    const version = await store.putIf(key, JSON.stringify(record), {
      ifMatch: lock.version,
    });
    return { record, version };
  } catch (error) {
    if (!(error instanceof StoreConflictError)) throw error;
    const holder = parseLockRecord((await store.get(key)) ?? new Uint8Array());
    throw holder
      ? lockedBy(place, holder, { prefix: 'this run lost its lock: ' })
      : new RunLockedError(`this run lost its lock on ${place.guards}`);
  }
}
