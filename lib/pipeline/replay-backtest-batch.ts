import type { BacktestCase } from '#lib/domain/backtest';
import type { Inventory } from '#lib/domain/inventory';
import { StoreError } from '#lib/errors';
import type { ObjectStore } from '#lib/ports/object-store';
import { replayBatch } from './backtest-batch.ts';
import type { BacktestPlanFile } from './backtest-files.ts';
import { backtestKeys } from './backtest-files.ts';
import { readBacktestSeries } from './backtest-series.ts';
import type { Deps } from './deps.ts';
import { readRunJson, writeRunJson } from './run-files.ts';

/** One batch's judged cases, as `result.json` holds them. */
export interface BacktestBatchResult {
  readonly backtestId: string;
  readonly batch: string;
  readonly cases: readonly BacktestCase[];
  readonly groupsWithoutData: readonly string[];
}

/**
 * One item of the backtest state machine's Distributed Map: replays the
 * decision for the batch's groups at every as-of date of the plan
 * (`replayBatch`, on the rows the plan unloaded for it) with the plan's
 * configuration, and writes the judged cases to the batch's
 * `result.json`. Idempotent: a retry writes the same cases again.
 *
 * @param deps - query engine, report store, log
 * @param input - the backtest and the batch
 * @returns the batch, its case count and its duration
 * @throws StoreError naming a plan or inventory file that is missing or
 *   another backtest's
 * @example
 * await replayBacktestBatch(deps, { backtestId, batch: 'b0001' });
 */
export async function replayBacktestBatch(
  deps: Pick<Deps, 'engine' | 'reports' | 'log'>,
  input: { readonly backtestId: string; readonly batch: string },
): Promise<{ batch: string; cases: number; seconds: number }> {
  const began = performance.now();
  const { backtestId, batch } = input;
  const keys = backtestKeys(backtestId);
  const plan = await readBacktestPlan(deps.reports, backtestId);
  const inventory = await readRunJson<Inventory>(
    deps.reports,
    keys.inventory(batch),
  );
  const replayed = await replayBatch(
    {
      config: plan.config,
      inventory,
      asOfDates: plan.head.asOfDates,
      dataLastDay: plan.head.dataLastDay,
    },
    inventory.links,
    (window) => readBacktestSeries(deps.engine, plan, batch, window.from),
  );
  const result: BacktestBatchResult = { backtestId, batch, ...replayed };
  await writeRunJson(deps.reports, keys.result(batch), result);
  const seconds = (performance.now() - began) / 1000;
  deps.log.info('backtest batch done', {
    batch,
    cases: replayed.cases.length,
    seconds,
  });
  return { batch, cases: replayed.cases.length, seconds };
}

/**
 * Reads a split backtest's plan and checks that it is this backtest's.
 *
 * @param store - the report store
 * @param backtestId - the backtest
 * @returns the plan
 * @throws StoreError naming the file when it is missing, not JSON or
 *   another backtest's
 * @example
 * const plan = await readBacktestPlan(deps.reports, backtestId);
 */
export async function readBacktestPlan(
  store: ObjectStore,
  backtestId: string,
): Promise<BacktestPlanFile> {
  const key = backtestKeys(backtestId).plan;
  const plan = await readRunJson<BacktestPlanFile>(store, key);
  if (plan.backtestId !== backtestId) {
    throw new StoreError(
      `${key} is backtest ${plan.backtestId}'s plan, not ${backtestId}'s: ` +
        'it was replaced or edited; start the backtest again',
    );
  }
  return plan;
}
