import { PLAN_LAKE_WAIT_SECONDS } from '#lib/domain/lake-lock-retry';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import type { Deps } from './deps.ts';
import { LOCK_TTL_MS } from './keep-lock.ts';
import type { LockPlace } from './run-lock.ts';
import type { LockWait } from './wait-for-lock.ts';
import { holdLock, invocationEnd } from './with-run-lock.ts';

/**
 * How long a local run waits for another rollup of its lake (a what-if
 * run on another output folder beside the daily run): a lock's life and a
 * minute, by when the other rollup has finished, or its lock, not renewed,
 * has expired.
 */
export const LAKE_LOCK_WAIT_MS = LOCK_TTL_MS + 60_000;

/**
 * The lake's lock (`state/rollup.lock`): held by a rollup while it
 * writes, by the plan and the backtest's plan while they read (together,
 * each with a lease in it), by a sample while it replaces the lake
 * (docs/architecture.md "Stages").
 *
 * @param lake - the lake's store
 * @returns the lock's place
 * @example
 * await holdLock(lakeLock(deps.lake), deps, work);
 */
export function lakeLock(lake: LockPlace['store']): LockPlace {
  return { store: lake, key: ROLLUP_LOCK_KEY, guards: 'the lake' };
}

/**
 * The stages that only read the lake (the run's plan, the backtest's
 * plan, which unloads its rows): they hold its lock together, and a
 * rollup meeting them is tried again once they are done
 * (`LakeBeingReadError`), where another rollup's lock fails it
 * (docs/architecture.md "Rolling up", the lake's lock).
 */
export const LAKE_READERS = ['plan', 'backtest'] as const;

/** A stage that takes the lake's lock, as its lock names it. */
export type LakeStage = 'rollup' | (typeof LAKE_READERS)[number];

/** How a stage holds the lake's lock. */
export interface LakeHold {
  /** Waiting for another holder (default: none). */
  readonly wait?: LockWait;
  /** A Lambda's invocation end (`invocationEnd`); by default renewed. */
  readonly endsAtMs?: number;
  /**
   * The caller holds the lock already, and renews it with this: a local
   * run holds it once across its rollup and its plan, so that no other
   * run's rollup takes it between the two and changes the days the plan
   * then reads.
   */
  readonly held?: () => Promise<void>;
  /**
   * The stage taking it, named in the lock: a rollup that meets a
   * reader's lock (`LAKE_READERS`) is tried again once it is done.
   */
  readonly stage?: LakeStage;
}

/**
 * How a Lambda that reads the lake (the run's plan, the backtest's plan)
 * holds its lock: waiting for a rollup 30 s at most
 * (`PLAN_LAKE_WAIT_SECONDS`, or half the time left if less), the lock
 * expiring when the invocation must have ended (`invocationEnd`). Its
 * state machine's Retry carries the longer wait (`PLAN_LAKE_RETRY`),
 * where the plan waited half its Lambda's time, 7.5 minutes paid for,
 * and the run's plan then failed the run.
 *
 * @param now - the clock's time
 * @param leftMs - the invocation's time left
 * @returns the hold, for `withLakeLock` (the stage added by the caller)
 * @example
 * planRun(deps, { asOf, lakeLock: readerLakeHold(deps.clock.now(), left()) });
 */
export function readerLakeHold(
  now: Date,
  leftMs: number,
): Required<Pick<LakeHold, 'wait' | 'endsAtMs'>> {
  const waitMs = Math.min(PLAN_LAKE_WAIT_SECONDS * 1000, leftMs / 2);
  return { wait: { waitMs }, endsAtMs: invocationEnd(now, leftMs) };
}

/**
 * Runs `work` holding the lake's lock: inside the caller's hold when
 * `hold.held` is given, else taken for `work` alone (`holdLock`): with
 * the other readers for a stage that only reads the lake
 * (`LAKE_READERS`), for itself alone otherwise (a rollup).
 *
 * @param deps - the lake's store, the clock and the logger
 * @param hold - how to wait for it, when it ends, or the caller's hold
 * @param work - what to do holding it, given `keep` to renew it
 * @returns what `work` returns
 * @throws RunLockedError naming the holder when another holds it
 * @example
 * await withLakeLock(deps, { wait }, (keep) => rollUp(keep));
 */
export function withLakeLock<T>(
  deps: Pick<Deps, 'lake' | 'clock' | 'log'>,
  hold: LakeHold,
  work: (keep: () => Promise<void>) => Promise<T>,
): Promise<T> {
  if (hold.held) return work(hold.held);
  const readers: readonly string[] = LAKE_READERS;
  const shared = hold.stage !== undefined && readers.includes(hold.stage);
  const place = { ...lakeLock(deps.lake), stage: hold.stage, shared };
  return holdLock(place, deps, work, hold.wait, hold.endsAtMs);
}
