import { runDateLockKey } from '#lib/domain/vocabulary';
import { RunDateLockError, StoreConflictError } from '#lib/errors';
import type { ObjectStore } from '#lib/ports/object-store';

/** What claiming a date gave: the lock, or why this execution runs nothing. */
export type DateClaim =
  | { readonly held: true }
  | { readonly held: false; readonly skipped: string };

/**
 * One execution per as-of date on AWS (docs/architecture.md "How a run
 * flows"): creates the date's lock with `If-None-Match: *` and the
 * execution's id as its body. A lock already there decides by its
 * holder: this execution (a write whose answer was lost, or a redrive)
 * holds it; another one has run the date or is running it, so this one
 * runs nothing. The rollup Lambda takes the lock, since its SDK is known
 * to send the condition, and the publish Lambda claims it again (a
 * redrive may come after it expired).
 *
 * @param store - the report store
 * @param asOf - the run's as-of date
 * @param execution - the execution's id (its ARN)
 * @returns the claim
 * @throws RunDateLockError when the lock can be neither written nor read:
 *   the failed run releases the lock only if it holds its id (a write S3
 *   made whose answer was lost)
 * @example
 * const claim = await claimRunDate(deps.reports, '2026-11-26', arn);
 * if (!claim.held) return { asOf, skipped: claim.skipped };
 */
export async function claimRunDate(
  store: ObjectStore,
  asOf: string,
  execution: string,
): Promise<DateClaim> {
  const key = runDateLockKey(asOf);
  // Twice: a failed run may release the lock between our write and read.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await created(store, key, execution)) return { held: true };
    const holder = await readHolder(store, key);
    if (holder === execution) return { held: true };
    if (holder !== undefined) {
      const skipped = `${key} is held by ${holder}: this date has run or is running; delete the lock to run it again`;
      return { held: false, skipped };
    }
  }
  throw new RunDateLockError(
    `could not take ${key}: it was released and taken again while this run tried`,
  );
}

/** Creates the lock; false when a lock is already there. */
async function created(
  store: ObjectStore,
  key: string,
  execution: string,
): Promise<boolean> {
  try {
    await store.putIf(key, execution, { ifNoneMatch: '*' });
    return true;
  } catch (error) {
    if (error instanceof StoreConflictError) return false;
    throw new RunDateLockError(`could not take ${key}: ${message(error)}`, {
      cause: error,
    });
  }
}

/** The lock's holder, or `undefined` when there is no lock. */
async function readHolder(
  store: ObjectStore,
  key: string,
): Promise<string | undefined> {
  try {
    const body = await store.get(key);
    return body === undefined ? undefined : new TextDecoder().decode(body);
  } catch (error) {
    throw new RunDateLockError(
      `could not read ${key} after it refused a write: ${message(error)}`,
      { cause: error },
    );
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
