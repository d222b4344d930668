import {
  isLockExpired,
  type LockHolder,
  type LockRecord,
  type LockRequest,
} from './lock-record.ts';

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
 * The record of a lock held by `readers`, with the marks of the writers
 * `waiters` for them (each its own), `waiting` the one ending last, its
 * own fields those of the lease or mark ending last (what a version that
 * knows no readers reads); none when both are empty: the lock is free.
 *
 * @param readers - the leases
 * @param waiters - the marks of the writers waiting, if any
 * @returns the record to write, or undefined to delete the lock
 * @example
 * sharedRecord([lease]); // { ...lease, readers: [lease] }
 */
export function sharedRecord(
  readers: readonly LockHolder[],
  waiters: readonly LockHolder[] = [],
): LockRecord | undefined {
  const all = [...readers, ...waiters];
  if (all.length === 0) return undefined;
  const marks =
    waiters.length === 0
      ? {}
      : { waiting: lastLease(waiters), waiters: [...waiters] };
  return { ...lastLease(all), readers: [...readers], ...marks };
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
