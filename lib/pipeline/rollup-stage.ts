import { toDay } from '#lib/domain/dates';
import type { InventoryLink } from '#lib/domain/inventory';
import { LAKE_READ_RETRY, retryWaitMinutes } from '#lib/domain/lake-lock-retry';
import { LakeBeingReadError, RunLockedError } from '#lib/errors';
import { RollupBatchCutError } from '#lib/query-error';
import type { Deps } from './deps.ts';
import { keepingLock } from './keeping-lock.ts';
import { LAKE_READERS, type LakeHold, withLakeLock } from './lake-lock.ts';
import { loadInventory } from './load-inventory.ts';
import { recordRollup } from './record-rollup.ts';
import { type RollupSummary, rollupLake } from './rollup.ts';
import { ROLLUP_STATE, readBatchLimits, rememberCut } from './rollup-state.ts';
import type { LockWait } from './wait-for-lock.ts';

export { ROLLUP_STATE };

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
  /** The caller's hold of the lake's lock (`LakeHold`): none is taken. */
  readonly heldLake?: LakeHold['held'];
  /**
   * The state machine's execution (AWS): the summary is also kept for
   * its plan (`runRollupKey`), which another execution's rollup cannot
   * replace.
   */
  readonly execution?: string;
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
 * for another rollup's lock instead of stopping at once; with
 * `input.heldLake` it runs inside the caller's hold (a local run's,
 * across its rollup and plan). Its batches keep
 * to the limits `state/rollup.json` remembers from a batch that ran out
 * of time; such a batch records the halved limits there, then fails the
 * stage (docs/architecture.md "How a run flows", time on AWS).
 *
 * @param deps - engine, lake, inventory and report stores, logger, config
 * @param input - as-of date, optionally links, days and a time budget
 * @returns the rollup's summary
 * @throws InputError for a bad inventory; QueryError when the engine
 *   fails (RollupBatchCutError when a batch ran out of time);
 *   RunLockedError naming the holder when another rollup holds the lake,
 *   LakeBeingReadError when a plan does (docs/architecture.md "Rolling
 *   up", the lake's lock)
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
  const { lockWait, lockEndsAtMs, heldLake, execution, ...rollup } = input;
  // Retried (an execution's), it keeps its mark holding off new readers.
  const retried = execution !== undefined;
  const wait = lockWait ?? { waitMs: 0, retried };
  const hold = { wait, endsAtMs: lockEndsAtMs, held: heldLake };
  return withLakeLock(deps, { ...hold, stage: 'rollup' }, async (keep) => {
    const { saved, limits } = await readBatchLimits(deps);
    const summary = await rollupLake(
      { ...deps, engine: keepingLock(deps.engine, keep) },
      { ...rollup, links, batchLimits: limits },
    ).catch((error: unknown) => {
      if (!(error instanceof RollupBatchCutError)) throw error;
      return rememberCut(deps, saved, error);
    });
    // Under the lock, as the limits were read: a rollup let in after
    // this one reads them as this one leaves them.
    await keep();
    await recordRollup(deps, { asOf: input.asOf, execution }, summary);
    return summary;
  }).catch((error) => planReadsLake(error, retried));
}

/**
 * A reader's hold of the lake met (`LAKE_READERS`): a `LakeBeingReadError`,
 * which the state machine retries (not a rollup invoked by hand), where
 * another rollup's stays a `RunLockedError`.
 */
function planReadsLake(error: unknown, retried: boolean): never {
  const readers: readonly string[] = LAKE_READERS;
  const stage = error instanceof RunLockedError ? error.holderStage : '';
  if (stage === undefined || !readers.includes(stage)) throw error;
  const then = retried
    ? `roll up once it is done (the run's state machine tries the rollup ` +
      `again, for ${retryWaitMinutes(LAKE_READ_RETRY)} minutes at most, then fails ` +
      'the run)'
    : 'invoke the rollup again once it is done';
  const holder = (error as Error).message;
  throw new LakeBeingReadError(
    `a ${stage} reads the lake: ${then}: ${holder}`,
    stage,
  );
}
