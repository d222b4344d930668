import { appendAll } from '#lib/append-all';
import type {
  BacktestCase,
  BacktestResult,
  BacktestSkipped,
} from '#lib/domain/backtest';
import type { Logger } from '#lib/ports/logger';
import { UNLOAD_MAX_PARTITIONS } from '#lib/sql/unload-target';
import { assembleBacktest, backtestHead } from './assemble-backtest.ts';
import { type BatchContext, replayBatch } from './backtest-batch.ts';
import type { BacktestNames, BacktestRange } from './backtest-dates.ts';
import { type BatchSeries, queryBatchSeries } from './backtest-series.ts';
import { batchByGroup } from './batch-by-group.ts';
import type { Deps } from './deps.ts';
import { planBacktest } from './plan-backtest.ts';

/** Groups read and replayed at once (more past 20,000 groups). */
export const BACKTEST_BATCH_GROUPS = 200;

/**
 * The most batches of a backtest: the state machine's plan unloads a
 * partition per batch in one UNLOAD (`UNLOAD_MAX_PARTITIONS`). The command
 * cuts its batches the same way, so both replay the same batches.
 */
export const BACKTEST_MAX_BATCHES = UNLOAD_MAX_PARTITIONS;

/** The ports a backtest uses: it reads, and writes nothing. */
export type BacktestDeps = Pick<
  Deps,
  'engine' | 'inventory' | 'inventoryLocation' | 'config' | 'log' | 'clock'
>;

/**
 * `headroom backtest`: replays the capacity decision at past as-of dates
 * and scores it against what the traffic did afterwards (precision,
 * recall and F1 of "order now", median error of the predicted critical
 * date). Fills in the parts of the range not given (`planBacktest`: up
 * to the last date judged in full for the inventory's longest lead
 * time), the same for the command and the backtest state machine, and skips a
 * range left out on data too young to judge a date. Reads `series_daily`
 * only (never rolls up, reports or notifies), in batches of
 * `BACKTEST_BATCH_GROUPS` groups (at most `BACKTEST_MAX_BATCHES` batches),
 * one query each, so the fleet's history is never held at once; only
 * group series are forecast.
 *
 * @param deps - query engine, inventory store, configuration, log, clock
 * @param given - the parts of the range given: first and last as-of date
 *   and the step in days
 * @param names - what the caller calls them, for its messages
 * @returns the scored backtest, ready to write as JSON, or why a range
 *   left out was skipped
 * @throws UsageError for a bad range, a given range outside the data, or
 *   one given on a lake with nothing rolled up; InputError for a bad
 *   inventory
 * @example
 * const result = await runBacktest(deps, { from: '2026-03-01',
 *   to: '2026-11-01', everyDays: 30 }, names);
 * if (result.kind === 'headroom-backtest') result.totals.f1; // e.g. 0.92
 */
export async function runBacktest(
  deps: BacktestDeps,
  given: Partial<BacktestRange>,
  names: BacktestNames,
): Promise<BacktestResult | BacktestSkipped> {
  const started = deps.clock.now();
  const plan = await planBacktest(deps, given, names);
  if (plan.kind === 'backtest-skipped') return plan;
  const { config, log } = deps;
  const context = {
    config,
    inventory: plan.inventory,
    asOfDates: plan.asOfDates,
    dataLastDay: plan.span.lastDay,
  };
  const { cases, groupsWithoutData } = await replayAll(
    context,
    queryBatchSeries(deps.engine),
    log,
  );
  const seconds = (deps.clock.now().getTime() - started.getTime()) / 1000;
  return assembleBacktest(
    backtestHead(plan, config, started),
    cases,
    groupsWithoutData,
    seconds,
  );
}

/** Every batch in turn: only one batch's rows in memory. */
async function replayAll(
  context: BatchContext,
  source: BatchSeries,
  log: Logger,
) {
  const cases: BacktestCase[] = [];
  const groupsWithoutData: string[] = [];
  const batches = batchByGroup(
    context.inventory.links,
    BACKTEST_BATCH_GROUPS,
    BACKTEST_MAX_BATCHES,
  );
  for (const [index, { links }] of batches.entries()) {
    const batch = await replayBatch(context, links, source);
    appendAll(cases, batch.cases);
    appendAll(groupsWithoutData, batch.groupsWithoutData);
    log.info('backtest progress', { batch: `${index + 1}/${batches.length}` });
  }
  return { cases, groupsWithoutData };
}
