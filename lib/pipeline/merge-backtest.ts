import { appendAll } from '#lib/append-all';
import { BACKTEST_KEY, type BacktestResult } from '#lib/domain/backtest';
import { StoreError } from '#lib/errors';
import { assembleBacktest } from './assemble-backtest.ts';
import { backtestKeys } from './backtest-files.ts';
import type { Deps } from './deps.ts';
import {
  type BacktestBatchResult,
  readBacktestPlan,
} from './replay-backtest-batch.ts';
import { readRunJson } from './run-files.ts';
import { writeBacktest } from './write-backtest.ts';

/**
 * The last step of the backtest state machine: reads every batch's judged
 * cases (each must be there and this backtest's: a batch that never ran
 * fails the merge, naming its file, rather than scoring a part of the
 * fleet), scores them as `headroom backtest` does (`assembleBacktest`)
 * and writes them as it does (`writeBacktest`): `state/backtest.json` in
 * one put, then `state/backtest-summary.json`,
 * which publish reads, each replacing the previous backtest's whole or
 * not at all. Idempotent.
 *
 * @param deps - report store, clock, log
 * @param input - the backtest
 * @returns the backtest, as written
 * @throws StoreError naming a missing or foreign plan or batch result
 * @example
 * const result = await mergeBacktest(deps, { backtestId });
 */
export async function mergeBacktest(
  deps: Pick<Deps, 'reports' | 'clock' | 'log'>,
  input: { readonly backtestId: string },
): Promise<BacktestResult> {
  const { backtestId } = input;
  const keys = backtestKeys(backtestId);
  const plan = await readBacktestPlan(deps.reports, backtestId);
  const cases: BacktestResult['cases'][number][] = [];
  const groupsWithoutData: string[] = [];
  // One batch at a time: only the cases, never the series, are held.
  for (const batch of plan.batches) {
    const key = keys.result(batch);
    const part = await readRunJson<BacktestBatchResult>(deps.reports, key);
    if (part.backtestId !== backtestId || part.batch !== batch) {
      throw new StoreError(
        `${key} holds batch ${part.batch} of backtest ${part.backtestId}, ` +
          `not ${batch} of ${backtestId}: start the backtest again`,
      );
    }
    appendAll(cases, part.cases);
    appendAll(groupsWithoutData, part.groupsWithoutData);
  }
  const started = Date.parse(plan.startedAt);
  const seconds = (deps.clock.now().getTime() - started) / 1000;
  const result = assembleBacktest(plan.head, cases, groupsWithoutData, seconds);
  const summary = await writeBacktest(
    (key, bytes, type) => deps.reports.putPieces(key, bytes, type),
    BACKTEST_KEY,
    result,
  );
  deps.log.info('backtest written', {
    key: BACKTEST_KEY,
    cases: cases.length,
    misses: summary.misses.length,
    f1: result.totals.f1,
  });
  return result;
}
