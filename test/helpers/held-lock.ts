import { LOCK_TTL_MS } from '#lib/pipeline/keep-lock';
import type { ObjectStore } from '#lib/ports/object-store';

/**
 * Leaves a lock at `key` as a run that took it a minute before `now` and
 * was then killed left it: held by `owner`, not expired.
 *
 * @param store - the store the lock lives in
 * @param key - e.g. `state/run.lock`
 * @param owner - the holder's name, as a lock names it
 * @param now - the time the test's clock gives
 * @param stage - the stage the lock names (the lake's: `rollup`, `plan`)
 * @example
 * await putHeldLock(store, 'state/run.lock', 'host pid 8 lock 0dead0ff', START);
 */
export async function putHeldLock(
  store: ObjectStore,
  key: string,
  owner: string,
  now: number,
  stage?: string,
): Promise<void> {
  await store.put(
    key,
    JSON.stringify({
      owner,
      acquiredAt: new Date(now - 60_000).toISOString(),
      expiresAt: new Date(now + LOCK_TTL_MS).toISOString(),
      ...(stage === undefined ? {} : { stage }),
    }),
  );
}
