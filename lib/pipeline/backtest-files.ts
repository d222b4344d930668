import { createHash } from 'node:crypto';
import type { Config } from '#lib/config';
import { BACKTEST_ID_PREFIX } from '#lib/domain/backtest';
import { StoreError } from '#lib/errors';
import type { UnloadedPartition, UnloadTarget } from '#lib/ports/query-engine';
import type { BacktestHead } from './assemble-backtest.ts';
import { runKeys } from './run-files.ts';

/**
 * The id of the backtest an execution of the backtest state machine
 * runs: `backtest-` and 16 hex digits of the execution's name, so that a
 * retried step of one execution finds its own files, whatever characters
 * the name holds (docs/architecture.md "The decision backtest").
 *
 * @param execution - the execution's name
 * @returns the backtest's id
 * @example
 * backtestIdOf('monthly-2026-12-02'); // 'backtest-…' (16 hex digits)
 */
export function backtestIdOf(execution: string): string {
  const digest = createHash('sha256').update(execution).digest('hex');
  return `${BACKTEST_ID_PREFIX}${digest.slice(0, 16)}`;
}

/**
 * The name of a backtest's batch `index` (from 0): `b0001`, `b0002`, ….
 *
 * @param index - the batch's place in the plan
 * @returns its name
 * @example
 * batchName(0); // 'b0001'
 */
export function batchName(index: number): string {
  return `b${String(index + 1).padStart(4, '0')}`;
}

/**
 * Where a backtest split over the state machine keeps its working files,
 * in the report store under `runs/<backtestId>/` (expired with the runs'
 * files): the plan, the batch list the Distributed Map reads, and per
 * batch its part of the inventory and its judged cases; and in the lake,
 * the batches' rows the plan unloaded, `runs/<backtestId>/series/batch=<batch>/`.
 *
 * @param backtestId - from {@link backtestIdOf}
 * @returns the keys
 * @throws StoreError for an id that is not plain text, or a batch name
 *   not like `b0001`
 * @example
 * backtestKeys('backtest-0a1b2c3d4e5f6789').result('b0001');
 */
export function backtestKeys(backtestId: string) {
  const { root } = runKeys(backtestId);
  const batch = (name: string) => {
    if (!/^b\d{4,}$/.test(name)) {
      throw new StoreError(`batch must look like b0001, got "${name}"`);
    }
    return `${root}/batches/${name}`;
  };
  return {
    root,
    plan: `${root}/backtest-plan.json`,
    batchList: `${root}/batches.json`,
    inventory: (name: string) => `${batch(name)}/inventory.json`,
    result: (name: string) => `${batch(name)}/result.json`,
    series: { prefix: `${root}/series`, partitionBy: 'batch' } as UnloadTarget,
  };
}

/** What the batches and the merge of a split backtest read. */
export interface BacktestPlanFile {
  readonly backtestId: string;
  /** When the plan started: the merge's duration counts from it. */
  readonly startedAt: string;
  readonly head: BacktestHead;
  /** The configuration every batch judges with. */
  readonly config: Config;
  /** The batches' names, in the plan's order. */
  readonly batches: readonly string[];
  /**
   * What the unload wrote for each batch with rows (files and bytes), so
   * that a batch whose files are gone fails instead of reading no rows.
   */
  readonly unloaded: readonly UnloadedPartition[];
}
