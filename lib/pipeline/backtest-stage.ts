import { BACKTEST_KEY, type BacktestResult } from '#lib/domain/backtest';
import { type BacktestRange, defaultBacktestRange } from './backtest-dates.ts';
import type { Deps } from './deps.ts';
import { encodeBacktest } from './load-backtest.ts';
import {
  type BacktestDeps,
  backtestDataSpan,
  runBacktest,
} from './run-backtest.ts';

/**
 * The backtest as a stage of its own (the backtest Lambda, on a monthly
 * schedule): fills in the range the input leaves out
 * (`defaultBacktestRange`: the last 9 months of the rolled-up data, every
 * 30 days), replays it with `runBacktest` and writes the result to the
 * report store's `state/backtest.json`, where the next run's accuracy
 * page finds it (`loadBacktest`). The write is one object put, which
 * replaces the previous backtest whole or not at all (S3 `PutObject`, a
 * renamed file locally), as the other `state/` files are written.
 *
 * @param deps - the backtest's ports and the report store
 * @param given - the parts of the range given (all optional)
 * @returns the backtest, as written
 * @throws UsageError for a range outside the data or a lake with nothing
 *   rolled up; InputError for a bad inventory; QueryError when the engine
 *   fails (nothing is written then)
 * @example
 * const result = await backtestStage(deps, {});
 * result.asOfDates.length; // 10 on a lake of a year or more
 */
export async function backtestStage(
  deps: BacktestDeps & Pick<Deps, 'reports'>,
  given: Partial<BacktestRange>,
): Promise<BacktestResult> {
  // One more listing of the day folders than runBacktest's own: a page
  // of S3 ListObjectsV2 per 1,000 days.
  const span = await backtestDataSpan(deps.engine);
  const result = await runBacktest(deps, defaultBacktestRange(given, span));
  await deps.reports.put(
    BACKTEST_KEY,
    encodeBacktest(result),
    'application/json',
  );
  return result;
}
