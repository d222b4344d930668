import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { z } from 'zod';
import type { Deps } from '#lib/pipeline/deps';
import { type RunSummary, runPipeline } from '#lib/pipeline/run-pipeline';
import { buildAwsDeps } from '#lib/wiring/aws';

const logger = new Logger();
/** `{}` from the schedule; `asOf` to replay a past day. */
const ForecastEvent = z.strictObject({
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    .optional(),
});

// Built once per cold start; a failed build is retried on the next call.
let deps: Promise<Deps> | undefined;

async function forecast(event: unknown) {
  const input = ForecastEvent.parse(event ?? {});
  deps ??= buildAwsDeps(process.env, { powertools: logger }).catch((error) => {
    deps = undefined;
    throw error;
  });
  // The rollup Lambda rolled up just before: one run rolls up once.
  const summary: RunSummary = await runPipeline(await deps, {
    ...input,
    rollup: false,
  });
  const { runId, asOf, folder, severities, notifications, seconds } = summary;
  // The evaluations themselves are in the report; keep the result small.
  const { sent, failed, skipped } = notifications;
  return { runId, asOf, folder, severities, sent, failed, skipped, seconds };
}

/** The same pipeline as `headroom run`, with the AWS wiring. */
export const handler = middy(forecast).use(injectLambdaContext(logger));
