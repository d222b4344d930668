import { RunLockedError } from '#lib/errors';
import { LakeLockedError } from '#lib/lake-locked-error';
import type { Deps } from './deps.ts';
import { type LakeHold, withLakeLock } from './lake-lock.ts';

/**
 * Runs a plan's `work` (the run's, the backtest's) holding the lake's
 * lock as a reader (`withLakeLock`). In a Lambda (`hold.endsAtMs`), the
 * lock not got becomes a `LakeLockedError`, which the plan's state
 * machine retries (`PLAN_LAKE_RETRY`); only the lock not got: nothing a
 * plan does once it holds the lock, which expires at the invocation's
 * end and is never renewed, throws a `RunLockedError`, and a failure
 * then is not retried (docs/architecture.md "Rolling up", the lake's
 * lock).
 *
 * @param deps - the lake's store, the clock and the logger
 * @param hold - how the plan holds the lock, and its stage
 * @param work - what to do holding it
 * @returns what `work` returns
 * @throws LakeLockedError naming the holder, in a Lambda;
 *   RunLockedError elsewhere
 * @example
 * await withPlanLakeLock(deps, { ...lakeLock, stage: 'plan' }, plan);
 */
export function withPlanLakeLock<T>(
  deps: Pick<Deps, 'lake' | 'clock' | 'log'>,
  hold: LakeHold & { readonly stage: 'plan' | 'backtest' },
  work: (keep: () => Promise<void>) => Promise<T>,
): Promise<T> {
  let holding = false;
  return withLakeLock(deps, hold, (keep) => {
    holding = true;
    return work(keep);
  }).catch((error: unknown) => {
    const retried = hold.endsAtMs !== undefined && !hold.held;
    if (holding || !retried || !(error instanceof RunLockedError)) throw error;
    throw new LakeLockedError(error, hold.stage);
  });
}
