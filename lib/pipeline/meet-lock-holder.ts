import type { RunLockedError } from '#lib/errors';
import type { ObjectStore, VersionedObject } from '#lib/ports/object-store';
import { lastLease, liveReaders } from './lock-readers.ts';
import {
  isLockExpired,
  type LockRequest,
  parseLockRecord,
} from './lock-record.ts';
import { type LockName, lockedBy } from './lock-refusal.ts';
import { holdOffReaders } from './waiting-marks.ts';

/**
 * What a writer makes of the lock it read: none when it may take it over;
 * else the refusal naming the holder (for readers, the lease ending last,
 * once it marked them waited for: `holdOffReaders`), to look again at
 * once (`lookAgain`) when that mark lost its swap, a reader having come or
 * gone meanwhile (the last one out may have freed the lock), not to stop
 * on a reader already gone (docs/architecture.md "Rolling up", the
 * lake's lock).
 *
 * @param place - the lock's store and key
 * @param current - the lock as read, with its version
 * @param request - the writer's request
 * @returns the refusal, or none: the lock may be taken over
 * @example
 * const met = await meetHolder(place, current, request);
 */
export async function meetHolder(
  place: LockName & { readonly store: ObjectStore },
  current: VersionedObject,
  request: LockRequest,
): Promise<{ refusal: RunLockedError; lookAgain?: boolean } | undefined> {
  const holder = parseLockRecord(current.body);
  if (holder?.readers) {
    const readers = liveReaders(holder, request);
    if (readers.length === 0) return undefined;
    const refusal = lockedBy(place, lastLease(readers));
    const marked = await holdOffReaders(
      place,
      { ...current, record: holder },
      readers,
      request,
    );
    return { refusal, lookAgain: !marked };
  }
  if (holder && !isLockExpired(holder, request)) {
    return { refusal: lockedBy(place, holder) };
  }
  return undefined;
}
