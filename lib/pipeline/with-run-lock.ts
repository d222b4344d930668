import { hostname } from 'node:os';
import type { ObjectStore } from '#lib/ports/object-store';
import type { Deps } from './deps.ts';
import {
  acquireRunLock,
  type HeldLock,
  type LockRecord,
  type LockRequest,
  releaseRunLock,
  renewRunLock,
} from './run-lock.ts';

/**
 * A lock not renewed for this long belongs to a run that was killed. Runs
 * renew it on their writes every third of this, so a long run keeps it.
 */
export const LOCK_TTL_MS = 30 * 60_000;

/**
 * Runs `work` holding the report store's run lock (one run per report
 * store at a time), then releases it, also when `work` fails. The store
 * `work` gets renews the lock on its writes when a third of the lock's
 * time-to-live has passed, and fails if another run took the lock over.
 * A lock left by a dead process on this machine is taken over at once.
 *
 * @param deps - the run's dependencies
 * @param work - the run, given `deps` with the lock-keeping store
 * @returns what `work` returns
 * @throws RunLockedError naming the holder when another run holds the lock
 * @example
 * const summary = await withRunLock(deps, (locked) => run(locked, input));
 */
export async function withRunLock<T>(
  deps: Deps,
  work: (deps: Deps) => Promise<T>,
): Promise<T> {
  const request = (): LockRequest => ({
    owner: `${hostname()} pid ${process.pid}`,
    now: deps.clock.now(),
    ttlMs: LOCK_TTL_MS,
    holderGone: isDeadLocalProcess,
  });
  const keeper = { lock: await acquireRunLock(deps.reports, request()) };
  const reports = renewingStore(deps.reports, keeper, request);
  try {
    return await work({ ...deps, reports });
  } finally {
    await releaseRunLock(deps.reports, keeper.lock).catch((error: Error) =>
      deps.log.warn('run lock not released: it expires on its own', {
        error: error.message,
      }),
    );
  }
}

function renewingStore(
  store: ObjectStore,
  keeper: { lock: HeldLock },
  request: () => LockRequest,
): ObjectStore {
  const renewIfDue = async () => {
    const now = request().now.getTime();
    const renewedAt = Date.parse(keeper.lock.record.expiresAt) - LOCK_TTL_MS;
    if (now - renewedAt < LOCK_TTL_MS / 3) return;
    keeper.lock = await renewRunLock(store, keeper.lock, request());
  };
  return {
    get: (key) => store.get(key),
    getVersioned: (key) => store.getVersioned(key),
    list: (prefix) => store.list(prefix),
    put: async (key, body, type) => {
      await renewIfDue();
      await store.put(key, body, type);
    },
    putIf: async (key, body, condition, type) => {
      await renewIfDue();
      return store.putIf(key, body, condition, type);
    },
    delete: async (keys) => {
      await renewIfDue();
      await store.delete(keys);
    },
  };
}

/** A holder on this machine whose process no longer exists. */
function isDeadLocalProcess(record: LockRecord): boolean {
  const match = /^(.*) pid (\d+)$/.exec(record.owner);
  if (!match || match[1] !== hostname()) return false;
  try {
    process.kill(Number(match[2]), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
