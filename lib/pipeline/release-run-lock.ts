import { StoreConflictError } from '#lib/errors';
import type { Deps } from './deps.ts';
import type { HeldLock, LockPlace } from './run-lock.ts';
import { releaseSharedLock } from './shared-lock.ts';

/**
 * How a release ended: `released`; `taken over` (another run holds the
 * lock, left alone); or `released or taken over`, when the delete was sent
 * again after a lost answer and its repeat found another run's lock: the
 * first attempt may have released this run's lock, the other run then
 * taking the free key.
 */
export type LockRelease = 'released' | 'taken over' | 'released or taken over';

/**
 * Releases the lock if it is still this run's: a conditional delete of
 * the version this run wrote (S3's DeleteObject `If-Match`), so that a
 * lock another run took over after this one's expired is left to that
 * run, however late this run releases it. Reading the lock, then deleting
 * it, deleted the other run's lock when it took the lock over between the
 * two. A lock already gone counts as released. A reader's lease is taken
 * out of a shared lock (`releaseSharedLock`).
 *
 * @param place - the lock's store and key
 * @param lock - the lock this run holds
 * @param now - the time (a shared lock drops a writer's stale mark)
 * @returns how it ended: another run's lock found there is left so
 * @example
 * if ((await releaseRunLock(place, lock)) !== 'released') log.warn('…');
 */
export async function releaseRunLock(
  place: LockPlace,
  lock: HeldLock,
  now: Date = new Date(),
): Promise<LockRelease> {
  if (place.shared) return releaseSharedLock(place, lock, now);
  try {
    await place.store.deleteIf(place.key, { ifMatch: lock.version });
    return 'released';
  } catch (error) {
    if (!(error instanceof StoreConflictError)) throw error;
    return error.repeated ? 'released or taken over' : 'taken over';
  }
}

/**
 * Releases the lock (`releaseRunLock`); one taken over, or not released,
 * is warned of, and the run goes on: the lock expires on its own.
 *
 * @param place - the lock's store and key
 * @param lock - the lock this run holds
 * @param log - where to warn
 * @param now - the time (default: the system's)
 * @example
 * await releaseOrWarn(place, held.lock(), deps.log);
 */
export async function releaseOrWarn(
  place: LockPlace,
  lock: HeldLock,
  log: Deps['log'],
  now?: Date,
): Promise<void> {
  const released = await releaseRunLock(place, lock, now).catch(
    (error: Error) => {
      const message = `lock ${place.key} not released: it expires on its own`;
      log.warn(message, { error: error.message });
      return 'released' as const; // warned of already
    },
  );
  if (released === 'released') return;
  log.warn(
    released === 'taken over'
      ? `lock ${place.key} not released: another run took it over, and holds it`
      : `lock ${place.key}: its delete lost its answer and, sent again, ` +
          "found another run's lock, left alone: this run's lock was " +
          'released by the first attempt, or had expired and was taken over',
  );
}
