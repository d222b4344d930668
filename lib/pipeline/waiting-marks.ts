import { LAKE_READ_RETRY } from '#lib/domain/lake-lock-retry';
import { StoreConflictError } from '#lib/errors';
import type { ObjectStore, VersionedObject } from '#lib/ports/object-store';
import { sharedRecord } from './lock-readers.ts';
import {
  buildLockRecord,
  isLockExpired,
  type LockHolder,
  type LockRecord,
  type LockRequest,
} from './lock-record.ts';

/**
 * How long a writer that met readers holds off new ones after it last
 * looked: the rollup on AWS stops and is tried again by its state
 * machine, at most 4 minutes later (`LAKE_READ_RETRY`), and a minute
 * more; a local writer looks every second. A writer that gives up takes
 * its mark out (`clearWaitingMark`); one that could not, or the rollup's
 * last attempt, frees the readers this long after.
 */
export const READERS_HELD_OFF_MS =
  (LAKE_READ_RETRY.maxDelaySeconds + 60) * 1000;

/**
 * The marks of the writers waiting for a shared lock's readers, each its
 * own (`waiters`), or the one `waiting` mark a version without them
 * wrote.
 *
 * @param record - the lock as read
 * @returns the marks, live or not
 * @example
 * waitingMarks(holder).some((mark) => mark.owner === owner);
 */
export function waitingMarks(record: LockRecord): LockHolder[] {
  const { waiters, waiting } = record;
  return [...(waiters ?? (waiting ? [waiting] : []))];
}

/**
 * The writers still waiting for the readers to go (their marks neither
 * expired nor left by a process known to be gone): no new reader is let
 * in meanwhile.
 *
 * @param record - the lock as read
 * @param request - the time, and how to tell a gone holder
 * @returns their live marks
 * @example
 * const marks = liveWaiting(holder, request);
 * if (marks.length > 0) throw lockedBy(place, lastLease(marks));
 */
export function liveWaiting(
  record: LockRecord,
  request: Pick<LockRequest, 'now' | 'holderGone'>,
): LockHolder[] {
  return waitingMarks(record).filter((mark) => !isLockExpired(mark, request));
}

/**
 * Marks a shared lock as waited for by this writer (its own mark in
 * `waiters`), so that no new reader comes in until the live `readers` are
 * gone and a writer takes it: without the mark, plans starting one after
 * the other could keep a rollup out for good. Each writer keeps a mark of
 * its own, so that one giving up, which takes its own out, leaves another
 * still waiting holding the readers off. Written when this writer has no
 * mark there, or its mark has run a third of its time; the other writers'
 * marks no longer live are dropped then. A conflict (a reader came or
 * went meanwhile) writes nothing: the writer looks again at once, since
 * the last reader may have gone (docs/architecture.md "Rolling up", the
 * lake's lock).
 *
 * @param place - the lock's store and key
 * @param current - the lock as read, with its version
 * @param readers - its live leases
 * @param request - the writer's request
 * @returns false when the lock changed since it was read: nothing written
 * @example
 * if (!(await holdOffReaders(place, current, readers, request))) continue;
 */
export async function holdOffReaders(
  place: { readonly store: ObjectStore; readonly key: string },
  current: VersionedObject & { readonly record: LockRecord },
  readers: readonly LockHolder[],
  request: LockRequest,
): Promise<boolean> {
  const marks = liveWaiting(current.record, request);
  const mine = marks.find((mark) => mark.owner === request.owner);
  const left = mine ? Date.parse(mine.expiresAt) - request.now.getTime() : 0;
  if (left > (READERS_HELD_OFF_MS * 2) / 3) return true;
  const others = marks.filter((mark) => mark !== mine);
  const waiting = buildLockRecord({ ...request, ttlMs: READERS_HELD_OFF_MS });
  const body = JSON.stringify(sharedRecord(readers, [...others, waiting]));
  return place.store.putIf(place.key, body, { ifMatch: current.version }).then(
    () => true,
    (error: unknown) => {
      if (!(error instanceof StoreConflictError)) throw error;
      return false;
    },
  );
}
