import { StoreConflictError } from '#lib/errors';
import {
  type LockHolder,
  type LockRecord,
  parseLockRecord,
} from './lock-record.ts';
import { changedHands, heldBy } from './lock-refusal.ts';
import type { LockPlace } from './run-lock.ts';

/**
 * Compare-and-swaps in a row before giving up: each reader coming or
 * going changes the lock, and makes another's swap on it fail.
 */
const ATTEMPTS = 10;

/** What a swap leaves as it is: the lock is not to be written. */
export const LEAVE = Symbol('leave');

/**
 * Reads the lock and writes what `next` makes of it (none: deletes it),
 * conditionally on the version read (a create when there is none), again
 * from a fresh read while another swap wins: the shared lock's changes,
 * each made whole or not at all on S3 as locally.
 *
 * @param place - the lock's store and key
 * @param next - the new record from the one read, or `LEAVE`
 * @returns the version written ('' for none)
 * @throws RunLockedError after 10 swaps lost in a row; what `next` throws
 * @example
 * await swapLock(place, (holder) => sharedRecord([lease]));
 */
export async function swapLock(
  place: LockPlace,
  next: (
    holder: LockRecord | undefined,
  ) => LockRecord | undefined | typeof LEAVE,
): Promise<string> {
  const { store, key } = place;
  let seen: LockHolder | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const current = await store.getVersioned(key);
    const holder = current && parseLockRecord(current.body);
    seen = heldBy(holder) ?? seen;
    const record = next(holder);
    try {
      if (record === LEAVE) return '';
      if (record === undefined) {
        if (current) await store.deleteIf(key, { ifMatch: current.version });
        return '';
      }
      const body = JSON.stringify(record);
      const condition = current
        ? { ifMatch: current.version }
        : { ifNoneMatch: '*' as const };
      return await store.putIf(key, body, condition);
    } catch (error) {
      if (!(error instanceof StoreConflictError)) throw error;
    }
  }
  throw changedHands(place, ATTEMPTS, seen);
}
