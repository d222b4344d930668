import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { z } from 'zod';
import { toDay } from '#lib/domain/dates';
import type { Deps } from '#lib/pipeline/deps';
import type { RollupSummary } from '#lib/pipeline/rollup';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { buildAwsDeps } from '#lib/wiring/aws';

const logger = new Logger();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** `{}` from the schedule; `asOf` and `days` for a manual re-run. */
const RollupEvent = z.strictObject({
  asOf: day.optional(),
  days: z.array(day).optional(),
});

// Built once per cold start; a failed build is retried on the next call.
let deps: Promise<Deps> | undefined;

/** Time kept back from the Lambda's budget for the batch under way. */
const MARGIN_MS = 120_000;

async function rollup(
  event: unknown,
  context?: { getRemainingTimeInMillis?: () => number },
): Promise<RollupSummary> {
  const input = RollupEvent.parse(event ?? {});
  deps ??= buildAwsDeps(process.env, { powertools: logger }).catch((error) => {
    deps = undefined;
    throw error;
  });
  const ready = await deps;
  const asOf = input.asOf ?? toDay(ready.clock.now());
  const remaining = context?.getRemainingTimeInMillis?.();
  // Batches leave their days marked: a run out of time stops between
  // two batches and the next run goes on from there.
  return rollupStage(ready, {
    asOf,
    ...(input.days ? { days: input.days } : {}),
    ...(remaining ? { stopAfterMs: Math.max(0, remaining - MARGIN_MS) } : {}),
  });
}

/** Rolls up the days not done yet (or the event's days) before as-of. */
export const handler = middy(rollup).use(injectLambdaContext(logger));
