import { z } from 'zod';
import { BACKTEST_KEY } from '#lib/domain/backtest';
import { METRICS } from '#lib/domain/metrics';
import { InputError } from '#lib/errors';
import { INPUT_DAY } from '#lib/json-schema';
import { LakeLockedError } from '#lib/lake-locked-error';
import { backtestIdOf } from '#lib/pipeline/backtest-files';
import { readerLakeHold } from '#lib/pipeline/lake-lock';
import { mergeBacktest } from '#lib/pipeline/merge-backtest';
import {
  BACKTEST_EVENT_NAMES,
  planBacktestBatches,
} from '#lib/pipeline/plan-backtest-batches';
import { replayBacktestBatch } from '#lib/pipeline/replay-backtest-batch';
import { plainIssue } from '#lib/plain-issue';
import { schemaProblem } from '#lib/schema-problem';
import { AWS_ENV, getEnvOrThrow } from '#lib/wiring/aws-env';
import { countRetried } from '#lib/wiring/count-retried';
import { lambdaStage } from '#lib/wiring/lambda-stage';

/**
 * The backtest state machine's input: `{}` from the monthly schedule (9
 * months of the rolled-up data, every 30 days, up to the last date
 * judged in full); `from`, `to`, `everyDays` for a manual run, as
 * `headroom backtest --from --to --every` takes them.
 */
const BacktestInput = z.strictObject({
  from: INPUT_DAY.optional(),
  to: INPUT_DAY.optional(),
  everyDays: z.number().int().min(1).max(3660).optional(),
});

/** A backtest's id, as `backtestIdOf` makes it. */
const BACKTEST_ID = z
  .string()
  .regex(/^backtest-[0-9a-f]{16}$/, 'expected an id like backtest-0123…');

/**
 * Said of an event without a step: the backtest was once this function,
 * invoked with the range itself (`aws lambda invoke … '{"from": …}'`).
 */
const NOT_A_STEP =
  "must be 'plan', 'batch' or 'merge': this function runs the steps of " +
  'the backtest state machine; to backtest, start an execution of the ' +
  'state machine of the same name with {"from", "to", "everyDays"}';

/** The step of the backtest state machine the function runs. */
const BacktestEvent = z.discriminatedUnion(
  'step',
  [
    z.strictObject({
      step: z.literal('plan'),
      execution: z.string().min(1),
      input: z.unknown(),
    }),
    z.strictObject({
      step: z.literal('batch'),
      backtestId: BACKTEST_ID,
      batch: z.string().regex(/^b\d{4,}$/, 'expected a batch like b0001'),
    }),
    z.strictObject({ step: z.literal('merge'), backtestId: BACKTEST_ID }),
  ],
  {
    error: (issue) => (issue.code === 'invalid_union' ? NOT_A_STEP : undefined),
  },
);

/**
 * The steps of the monthly decision backtest (docs/architecture.md "The
 * decision backtest"), one function for the three, which need the same
 * access: `plan` checks the execution's input, plans the range and
 * writes the batches (or returns `{ skipped }` with the reason on a lake
 * too young to judge a decision: no error, so no alarm); `batch` replays
 * one batch of groups; `merge` scores every batch's cases and writes
 * `state/backtest.json`, then its summary (every miss) beside it
 * (`writeBacktest`), returning the range and the totals only. The plan
 * reads the lake holding the lake's lock, as the run's plan does: a
 * rollup is waited for 30 s at most, then the plan stops with
 * `LakeLockedError`, which the state machine retries; the lock expires
 * when the invocation must have ended.
 */
export const handler = lambdaStage(
  BacktestEvent,
  async (deps, event, left, invokedAtMs) => {
    if (event.step === 'batch') return replayBacktestBatch(deps, event);
    if (event.step === 'merge') {
      const result = await mergeBacktest(deps, event);
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
    }
    const planned = await planBacktestBatches(
      deps,
      {
        backtestId: backtestIdOf(event.execution),
        given: rangeOf(event.input),
        lakeLock: readerLakeHold(deps.clock.now(), left()),
      },
      BACKTEST_EVENT_NAMES,
    ).catch(
      // Retried by the state machine: left out of the errors alarm.
      countRetried(
        METRICS.backtestPlansLakeLocked,
        (error) => error instanceof LakeLockedError,
        invokedAtMs,
      ),
    );
    if (planned.kind === 'backtest-skipped') {
      // Not an error: the monthly alarm would page every month until the
      // data is long enough, for a lake that is only young.
      deps.log.warn('backtest skipped', { reason: planned.reason });
      return { skipped: planned.reason };
    }
    return {
      backtestId: planned.backtestId,
      batches: planned.batches.length,
      batchList: {
        bucket: getEnvOrThrow(process.env, AWS_ENV.reportBucket),
        key: planned.batchListKey,
      },
    };
  },
);

/** The execution's input as a range, or an error naming its field. */
function rangeOf(input: unknown) {
  const parsed = BacktestInput.safeParse(input ?? {}, {
    reportInput: true,
    error: plainIssue,
  });
  if (parsed.success) return parsed.data;
  const { problem, location } = schemaProblem(parsed.error);
  throw new InputError('execution input', problem, location);
}
