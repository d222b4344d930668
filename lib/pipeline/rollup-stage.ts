import { toDay } from '#lib/domain/dates';
import type { InventoryLink } from '#lib/domain/inventory';
import { RollupBatchCutError } from '#lib/query-error';
import type { Deps } from './deps.ts';
import { LOCK_TTL_MS } from './keep-lock.ts';
import { keepingLock } from './keeping-lock.ts';
import { loadInventory } from './load-inventory.ts';
import { type RollupSummary, rollupLake } from './rollup.ts';
import { ROLLUP_STATE, readBatchLimits, rememberCut } from './rollup-state.ts';
import type { LockPlace } from './run-lock.ts';
import type { LockWait } from './wait-for-lock.ts';
import { holdLock } from './with-run-lock.ts';

export { ROLLUP_STATE };

/** The lake's rollup lock, in the lake's store (`Deps.lake`). */
export const ROLLUP_LOCK_KEY = 'state/rollup.lock';

/**
 * The lake's lock (`state/rollup.lock`): held by a rollup while it
 * writes, by the plan while it reads, by a sample while it replaces the
 * lake (docs/architecture.md "Stages").
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
 * How long a local run waits for another rollup of its lake (a what-if
 * run on another output folder beside the daily run): a lock's life and a
 * minute, by when the other rollup has finished, or its lock, not renewed,
 * has expired.
 */
export const LAKE_LOCK_WAIT_MS = LOCK_TTL_MS + 60_000;

/** The summary of a rollup that did nothing (none recorded yet). */
export const EMPTY_ROLLUP: RollupSummary = {
  days: [],
  rows: 0,
  batches: 0,
  seconds: 0,
  unreadableFiles: [],
  notReRolled: [],
  daysLeft: 0,
};

/** What to roll up; the inventory is read when no links are given. */
export interface RollupStageInput {
  readonly asOf: string;
  readonly links?: readonly InventoryLink[];
  readonly days?: readonly string[];
  readonly stopAfterMs?: number;
  /** Waiting for another rollup's lock on the lake (default: none). */
  readonly lockWait?: LockWait;
  /**
   * When the lock should expire, in ms since the epoch: a Lambda's
   * invocation end (`invocationEnd`), so that a rollup stopped at its
   * timeout frees the lake then; by default a renewed lock's life.
   */
  readonly lockEndsAtMs?: number;
  /**
   * Checks the lake once its lock is held, before the rollup reads it: a
   * local run refuses there a sample that stopped while the run waited
   * for the lock (the sample holds it while it replaces the lake).
   */
  readonly checkLake?: () => Promise<void>;
}

/** What the rollup stage uses of the run's dependencies. */
export type RollupStageDeps = Pick<
  Deps,
  | 'engine'
  | 'lake'
  | 'clock'
  | 'log'
  | 'config'
  | 'inventory'
  | 'inventoryLocation'
  | 'reports'
>;

/**
 * The rollup as a stage of its own (the rollup Lambda, or the first
 * step of `headroom run`): reads and validates the inventory when not
 * given, rolls up, and records the summary (faults included) in
 * `state/rollup.json`, so that a forecast run that does not roll up
 * itself (on AWS) still reports what the rollup set aside.
 *
 * It holds the lake's rollup lock from reading the markers to writing the
 * last day (renewed before each write): two rollups of one lake at once
 * (two output folders over one lake, a replay beside the daily run) would
 * each delete the other's new files of a day they both write
 * (docs/architecture.md "Stages", rollup). With `input.lockWait` it waits
 * for another rollup's lock instead of stopping at once. Its batches keep
 * to the limits `state/rollup.json` remembers from a batch that ran out
 * of time; such a batch records the halved limits there, then fails the
 * stage (docs/architecture.md "How a run flows", time on AWS).
 *
 * @param deps - engine, lake, inventory and report stores, logger, config
 * @param input - as-of date, optionally links, days and a time budget
 * @returns the rollup's summary
 * @throws InputError for a bad inventory; QueryError when the engine
 *   fails (RollupBatchCutError when a batch ran out of time);
 *   RunLockedError naming the holder when another rollup holds the lake
 * @example
 * const summary = await rollupStage(deps, { asOf: '2026-11-26' });
 */
export async function rollupStage(
  deps: RollupStageDeps,
  input: RollupStageInput,
): Promise<RollupSummary> {
  const links =
    input.links ??
    (
      await loadInventory(deps.inventory, deps.config, deps.inventoryLocation, {
        asOf: input.asOf,
        today: toDay(deps.clock.now()),
      })
    ).links;
  const place = lakeLock(deps.lake);
  const { lockWait, lockEndsAtMs, checkLake, ...rollup } = input;
  const summary = await holdLock(
    place,
    deps,
    async (keep) => {
      await checkLake?.();
      const { saved, limits } = await readBatchLimits(deps);
      return rollupLake(
        { ...deps, engine: keepingLock(deps.engine, keep) },
        { ...rollup, links, batchLimits: limits },
      ).catch((error: unknown) => {
        if (!(error instanceof RollupBatchCutError)) throw error;
        return rememberCut(deps, saved, error);
      });
    },
    lockWait,
    lockEndsAtMs,
  );
  await deps.reports.put(
    ROLLUP_STATE,
    `${JSON.stringify({ asOf: input.asOf, ...summary }, null, 2)}\n`,
    'application/json',
  );
  return summary;
}
