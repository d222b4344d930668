import type { LockRequest } from './lock-record.ts';
import { type HeldLock, type LockPlace, renewRunLock } from './run-lock.ts';
import { renewSharedLock } from './shared-lock.ts';

/**
 * A lock not renewed for this long belongs to a run that was killed. Runs
 * renew it on their writes every third of this, so a long run keeps it.
 */
export const LOCK_TTL_MS = 30 * 60_000;

/**
 * The lock as it is renewed (`holdLock`): `keep` renews it once a third
 * of its time-to-live has passed, and `lock` is the latest version, which
 * the release needs.
 *
 * @param place - the lock's store and key
 * @param acquired - the lock as taken
 * @param request - this holder's request now (owner, time, time-to-live)
 * @returns `keep` and the latest version
 * @example
 * const held = keepLock(place, acquired, request);
 * await held.keep();
 */
export function keepLock(
  place: LockPlace,
  acquired: HeldLock,
  request: () => LockRequest,
): { keep: () => Promise<void>; lock: () => HeldLock } {
  let lock = acquired;
  // Writes made at once (a rollup batch retried day by day, publish's
  // parallel puts) share one renewal: a second compare-and-swap on the
  // version the first replaced would fail as if another run held the lock.
  let renewing: Promise<void> | undefined;
  const renewal = place.shared ? renewSharedLock : renewRunLock;
  const renew = async () => {
    lock = await renewal(place, lock, request());
  };
  const keep = async () => {
    if (renewing) return renewing;
    const now = request().now.getTime();
    const renewedAt = Date.parse(lock.record.expiresAt) - LOCK_TTL_MS;
    if (now - renewedAt < LOCK_TTL_MS / 3) return;
    renewing = renew().finally(() => {
      renewing = undefined;
    });
    return renewing;
  };
  return { keep, lock: () => lock };
}
