import type { BacktestSkipped } from '#lib/domain/backtest';
import { backtestHead } from './assemble-backtest.ts';
import { writeBatchInputs } from './backtest-batch-inputs.ts';
import type { BacktestNames, BacktestRange } from './backtest-dates.ts';
import { type BacktestPlanFile, backtestKeys } from './backtest-files.ts';
import { batchByGroup, warnLargeBatches } from './batch-by-group.ts';
import type { Deps } from './deps.ts';
import type { LakeHold } from './lake-lock.ts';
import { planBacktest } from './plan-backtest.ts';
import { withPlanLakeLock } from './plan-lake-lock.ts';
import {
  BACKTEST_BATCH_GROUPS,
  BACKTEST_MAX_BATCHES,
  type BacktestDeps,
} from './run-backtest.ts';
import { writeRunJson } from './run-files.ts';

/**
 * The backtest state machine's input fields, as its messages name them;
 * traffic is rolled up on AWS by the daily run, not by `headroom run`.
 */
export const BACKTEST_EVENT_NAMES: BacktestNames = {
  from: 'from',
  to: 'to',
  everyDays: 'everyDays',
  rollUp: "the daily run's rollup",
};

/** A planned split backtest: its id, batches' names and batch list's key. */
export interface BacktestBatches {
  readonly kind: 'backtest-batches';
  readonly backtestId: string;
  readonly batches: readonly string[];
  readonly batchListKey: string;
}

/** What `planBacktestBatches` plans. */
export interface PlanBatchesInput {
  readonly backtestId: string;
  /** The parts of the range given. */
  readonly given: Partial<BacktestRange>;
  /** Groups per batch (default `BACKTEST_BATCH_GROUPS`). */
  readonly batchGroups?: number;
  /**
   * How to hold the lake's lock while the plan reads the lake (the
   * backtest Lambda: `LakeHold`); none is taken without it (a local
   * backtest, whose lake stays read-only).
   */
  readonly lakeLock?: Omit<LakeHold, 'stage' | 'held'>;
}

/**
 * The first step of the backtest state machine (docs/architecture.md "The
 * decision backtest"): plans the range as `headroom backtest` does
 * (`planBacktest`), cuts the inventory into batches of
 * `BACKTEST_BATCH_GROUPS` groups, at most `BACKTEST_MAX_BATCHES` of them
 * (`batchByGroup`), and writes (`writeBatchInputs`) each batch's
 * inventory under `runs/<backtestId>/`, every batch's rows with one
 * partitioned UNLOAD into the lake's `runs/<backtestId>/series/` (one
 * scan of `series_daily`, not one per batch), then the plan, then the
 * batch list the Distributed Map reads, last. Idempotent: a retry writes
 * the same files again (the unload first empties its prefix). A range
 * left out on data too young to judge is skipped, writing nothing: the
 * result says why, for the caller to log or report.
 *
 * @param deps - query engine, inventory, configuration, clock, report
 *   store, and the lake's store for its lock
 * @param input - the backtest's id, the parts of the range given, the
 *   groups per batch and how to hold the lake's lock
 * @param names - what the caller calls the range's parts, for messages
 * @returns the batches, or why the backtest was skipped
 * @throws UsageError for a given range the data does not allow;
 *   InputError for a bad inventory; LakeLockedError naming the holder of
 *   the lake's lock, past `input.lakeLock`'s wait (its state machine
 *   tries the plan again on it)
 * @example
 * const planned = await planBacktestBatches(deps, { backtestId, given: {} },
 *   BACKTEST_EVENT_NAMES);
 */
export async function planBacktestBatches(
  deps: BacktestDeps & Pick<Deps, 'reports'> & Partial<Pick<Deps, 'lake'>>,
  input: PlanBatchesInput,
  names: BacktestNames,
): Promise<BacktestBatches | BacktestSkipped> {
  const { lakeLock } = input;
  if (lakeLock === undefined) return planBatches(deps, input, names);
  const { lake } = deps;
  if (lake === undefined) throw new Error("the lake's lock needs the lake");
  const hold = { ...lakeLock, stage: 'backtest' as const };
  return withPlanLakeLock({ ...deps, lake }, hold, () =>
    planBatches(deps, input, names),
  );
}

/** `planBacktestBatches` once the lake may be read. */
async function planBatches(
  deps: BacktestDeps & Pick<Deps, 'reports'>,
  input: PlanBatchesInput,
  names: BacktestNames,
): Promise<BacktestBatches | BacktestSkipped> {
  const started = deps.clock.now();
  const { backtestId } = input;
  const keys = backtestKeys(backtestId);
  const plan = await planBacktest(deps, input.given, names);
  // The caller says why: the Lambda logs it, the command line fails with it.
  if (plan.kind === 'backtest-skipped') return plan;
  const parts = batchByGroup(
    plan.inventory.links,
    input.batchGroups ?? BACKTEST_BATCH_GROUPS,
    BACKTEST_MAX_BATCHES,
  );
  warnLargeBatches(deps.log, parts);
  const { batches, unloaded } = await writeBatchInputs(deps, plan, parts, keys);
  const file: BacktestPlanFile = {
    backtestId,
    startedAt: started.toISOString(),
    head: backtestHead(plan, deps.config, started),
    config: deps.config,
    batches,
    unloaded,
  };
  await writeRunJson(deps.reports, keys.plan, file);
  const list = batches.map((batch) => ({ batch }));
  await writeRunJson(deps.reports, keys.batchList, list);
  const planned = { asOfDates: plan.asOfDates.length, batches: batches.length };
  deps.log.info('backtest planned', { backtestId, ...planned });
  const batchListKey = keys.batchList;
  return { kind: 'backtest-batches', backtestId, batches, batchListKey };
}
