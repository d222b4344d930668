import {
  BACKTEST_KEY,
  type BacktestResult,
  type BacktestSkipped,
} from '#lib/domain/backtest';
import type { BacktestNames, BacktestRange } from './backtest-dates.ts';
import type { Deps } from './deps.ts';
import { encodeBacktest } from './load-backtest.ts';
import { type BacktestDeps, runBacktest } from './run-backtest.ts';

/**
 * The backtest Lambda's event fields, as its messages name them; traffic
 * is rolled up on AWS by the daily run, not by `headroom run`.
 */
export const BACKTEST_EVENT_NAMES: BacktestNames = {
  from: 'from',
  to: 'to',
  everyDays: 'everyDays',
  rollUp: "the daily run's rollup",
};

/**
 * The backtest as a stage of its own (the backtest Lambda, on a monthly
 * schedule): replays the range with `runBacktest`, which fills in what
 * the input leaves out (`defaultBacktestRange`: 9 months of the rolled-up
 * data, every 30 days, up to the last date judged in full), and writes the result to the report
 * store's `state/backtest.json`, where the next run's accuracy page finds
 * it (`loadBacktest`). The write is one object put, which replaces the
 * previous backtest whole or not at all (S3 `PutObject`, a renamed file
 * locally), as the other `state/` files are written. A range left out
 * on data too young to judge a decision, or none, is skipped with a
 * warning and writes nothing (`planBacktest`).
 *
 * @param deps - the backtest's ports and the report store
 * @param given - the parts of the range given (all optional)
 * @returns the backtest, as written, or why it was skipped
 * @throws UsageError for a given range outside the data or given on a
 *   lake with nothing rolled up, naming the event's fields; InputError for a bad
 *   inventory; QueryError when the engine fails (nothing is written then)
 * @example
 * const result = await backtestStage(deps, {});
 * result.asOfDates.length; // 10 on a lake of a year or more
 */
export async function backtestStage(
  deps: BacktestDeps & Pick<Deps, 'reports'>,
  given: Partial<BacktestRange>,
): Promise<BacktestResult | BacktestSkipped> {
  const result = await runBacktest(deps, given, BACKTEST_EVENT_NAMES);
  if (result.kind === 'backtest-skipped') {
    // Not an error: the monthly alarm would page every month until the
    // data is long enough, for a lake that is only young.
    deps.log.warn('backtest skipped', { reason: result.reason });
    return result;
  }
  await deps.reports.put(
    BACKTEST_KEY,
    encodeBacktest(result),
    'application/json',
  );
  return result;
}
