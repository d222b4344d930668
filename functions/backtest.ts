import { z } from 'zod';
import { BACKTEST_KEY } from '#lib/domain/backtest';
import { INPUT_DAY } from '#lib/json-schema';
import { backtestStage } from '#lib/pipeline/backtest-stage';
import { lambdaStage } from '#lib/wiring/lambda-stage';

/**
 * `{}` from the monthly schedule (9 months of the rolled-up data, every
 * 30 days, up to the last date judged in full); `from`, `to`,
 * `everyDays` for a manual run, as `headroom backtest --from --to
 * --every` takes them.
 */
const BacktestEvent = z.strictObject({
  from: INPUT_DAY.optional(),
  to: INPUT_DAY.optional(),
  everyDays: z.number().int().min(1).max(3660).optional(),
});

/**
 * Replays the "order now" decision at past as-of dates on the lake's
 * `series_daily` and writes the scored result to the report bucket's
 * `state/backtest.json`, which the next run's accuracy page shows;
 * returns the range and the totals only (the cases are in the file).
 * On a lake too young to judge a decision, `{}` returns `{ skipped }`
 * with the reason and writes nothing: no error, so no alarm.
 */
export const handler = lambdaStage(BacktestEvent, async (deps, input) => {
  const result = await backtestStage(deps, input);
  if (result.kind === 'backtest-skipped') return { skipped: result.reason };
  const { from, to, everyDays, asOfDates, totals, seconds } = result;
  return {
    key: BACKTEST_KEY,
    from,
    to,
    everyDays,
    asOfDates: asOfDates.length,
    cases: result.cases.length,
    groupsWithoutData: result.groupsWithoutData.length,
    totals,
    seconds,
  };
});
