import { LAKE_READ_RETRY } from '#lib/domain/lake-lock-retry';
import { StoreConflictError } from '#lib/errors';
import type { ObjectStore, VersionedObject } from '#lib/ports/object-store';
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

/** What a request judges a lease by: the time, and gone holders. */
type Judge = Pick<LockRequest, 'now' | 'holderGone'>;

/**
 * The readers' leases of a shared lock still held: neither expired nor
 * left by a process known to be gone.
 *
 * @param record - the lock as read
 * @param request - the time, and how to tell a gone holder
 * @returns the live leases
 * @example
 * liveReaders(holder, request).length; // 0: a writer may take it
 */
export function liveReaders(record: LockRecord, request: Judge): LockHolder[] {
  return (record.readers ?? []).filter((r) => !isLockExpired(r, request));
}

/**
 * The writer waiting for the readers to go, while its hold-off lasts: no
 * new reader is let in meanwhile.
 *
 * @param record - the lock as read
 * @param request - the time, and how to tell a gone holder
 * @returns the waiting writer, if one still waits
 * @example
 * if (liveWaiting(holder, request)) throw lockedBy(place, waiting);
 */
export function liveWaiting(
  record: LockRecord,
  request: Judge,
): LockHolder | undefined {
  const { waiting } = record;
  return waiting && !isLockExpired(waiting, request) ? waiting : undefined;
}

/**
 * The record of a lock held by `readers`, with the writer `waiting` for
 * them if one does, its own fields those of the lease ending last (what
 * a version that knows no readers reads); none when both are empty: the
 * lock is free.
 *
 * @param readers - the leases
 * @param waiting - the writer waiting, if any
 * @returns the record to write, or undefined to delete the lock
 * @example
 * sharedRecord([lease]); // { ...lease, readers: [lease] }
 */
export function sharedRecord(
  readers: readonly LockHolder[],
  waiting?: LockHolder,
): LockRecord | undefined {
  const all = waiting ? [...readers, waiting] : readers;
  if (all.length === 0) return undefined;
  return {
    ...lastLease(all),
    readers: [...readers],
    ...(waiting ? { waiting } : {}),
  };
}

/**
 * The lease that ends last, as a refusal names the lock's holders.
 *
 * @param holders - one at least
 * @returns the one with the latest `expiresAt`
 * @example
 * lockedBy(place, lastLease(readers));
 */
export function lastLease(holders: readonly LockHolder[]): LockHolder {
  const [first, ...rest] = holders as [LockHolder, ...LockHolder[]];
  const { owner, acquiredAt, expiresAt, stage } = rest.reduce(
    (a, b) => (Date.parse(b.expiresAt) > Date.parse(a.expiresAt) ? b : a),
    first,
  );
  return { owner, acquiredAt, expiresAt, ...(stage ? { stage } : {}) };
}

/**
 * Marks a shared lock as waited for by a writer (`waiting`), so that no
 * new reader comes in until the live `readers` are gone and the writer
 * takes it: without the mark, plans starting one after the other could
 * keep a rollup out for good. Written when no mark is there, or the one
 * there has run a third of its time. A conflict (a reader came or went
 * meanwhile) writes nothing: the writer looks again at once, since the
 * last reader may have gone (docs/architecture.md "Rolling up", the
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
  const now = request.now.getTime();
  const mark = current.record.waiting;
  const left = mark ? Date.parse(mark.expiresAt) - now : 0;
  if (left > (READERS_HELD_OFF_MS * 2) / 3) return true;
  const waiting = buildLockRecord({ ...request, ttlMs: READERS_HELD_OFF_MS });
  const body = JSON.stringify(sharedRecord(readers, waiting));
  return place.store.putIf(place.key, body, { ifMatch: current.version }).then(
    () => true,
    (error: unknown) => {
      if (!(error instanceof StoreConflictError)) throw error;
      return false;
    },
  );
}
