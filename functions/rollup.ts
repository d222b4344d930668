import { z } from 'zod';
import { toDay } from '#lib/domain/dates';
import { METRICS } from '#lib/domain/metrics';
import { LakeBeingReadError } from '#lib/errors';
import { INPUT_DAY } from '#lib/json-schema';
import { rollupResult } from '#lib/pipeline/rollup-report';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { claimRunDate } from '#lib/pipeline/run-date-lock';
import { invocationEnd } from '#lib/pipeline/with-run-lock';
import { countRetried } from '#lib/wiring/count-retried';
import { lambdaStage } from '#lib/wiring/lambda-stage';

const day = INPUT_DAY;
/**
 * `{ asOf, execution }` from the state machine; `days` for a manual
 * re-run, which takes no date lock.
 */
const RollupEvent = z.strictObject({
  asOf: day.optional(),
  days: z.array(day).optional(),
  execution: z.string().min(1).optional(),
});

/**
 * Time kept back from the Lambda's budget: for the first batch, whose
 * length is not known yet (later batches start only if one as long as
 * the longest so far still fits), and the first days of a batch written
 * again day by day (`writeBatch`). A first batch stopped at the
 * deadline all the same is halved on the next run (`batchLimits` in
 * `state/rollup.json`: docs/architecture.md "How a run flows").
 */
const MARGIN_MS = 120_000;

/**
 * Takes the as-of date's run lock for the state machine's execution
 * (`claimRunDate`): a date another execution holds returns `skipped`
 * without touching the lake. Then rolls up the days not done yet (or the
 * event's days) before as-of, and returns the as-of date with the
 * summary for the next stage (its files left out cut to ten:
 * `rollupResult`). Batches leave their days marked: a run out
 * of time stops between two batches and the next run goes on from there.
 */
export const handler = lambdaStage(
  RollupEvent,
  async (deps, input, remainingMs, invokedAtMs) => {
    const asOf = input.asOf ?? toDay(deps.clock.now());
    if (input.execution !== undefined) {
      const claim = await claimRunDate(deps.reports, asOf, input.execution);
      if (!claim.held) return { asOf, skipped: claim.skipped };
    }
    const summary = await rollupStage(deps, {
      asOf,
      ...(input.days ? { days: input.days } : {}),
      // Kept for this execution's plan too (`runRollupKey`).
      execution: input.execution,
      stopAfterMs: Math.max(0, remainingMs() - MARGIN_MS),
      // A rollup stopped at the Lambda's timeout frees the lake then.
      lockEndsAtMs: invocationEnd(deps.clock.now(), remainingMs()),
    }).catch(
      // Retried by the state machine: left out of the errors alarm.
      countRetried(
        METRICS.rollupsLakeBeingRead,
        (error) => error instanceof LakeBeingReadError,
        invokedAtMs,
      ),
    );
    return { asOf, ...rollupResult(summary) };
  },
);
