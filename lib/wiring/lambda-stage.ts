import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { z } from 'zod';
import { InputError } from '#lib/errors';
import type { Deps } from '#lib/pipeline/deps';
import { plainIssue } from '#lib/plain-issue';
import { schemaProblem } from '#lib/schema-problem';
import { buildAwsDeps } from './aws.ts';

/**
 * Time kept between stopping the stage's Athena queries and the Lambda
 * timeout: one StopQueryExecution call and the error's way out.
 */
export const STOP_MARGIN_MS = 15_000;

/**
 * What a stage's Lambda does with valid input and built `Deps`;
 * `remainingMs` tells the time left in the invocation, and `invokedAtMs`
 * when it began (epoch ms), the time Lambda stamps its `Errors` with.
 */
export type StageRun<I, O> = (
  deps: Deps,
  input: I,
  remainingMs: () => number,
  invokedAtMs: number,
) => Promise<O>;

/**
 * Wraps a pipeline stage as a Lambda handler: validates the event with
 * `schema` (a bad event stops with an `InputError` naming the field and
 * the value, `event: field 'asOf' must be a date YYYY-MM-DD (got
 * "2026-02-30")`), builds the AWS `Deps` once per cold start (a failed build is
 * retried on the next call), sets the deadline by which Athena queries are
 * stopped from the invocation's remaining time, and adds the Lambda
 * context to the Powertools logs. Errors escape, so that Step Functions
 * sees them.
 *
 * @param schema - the event's zod schema
 * @param run - the stage
 * @param env - the environment (the stacks set `AWS_ENV`)
 * @returns the handler
 * @example
 * export const handler = lambdaStage(PlanEvent, (deps, input) =>
 *   planRun(deps, input));
 */
export function lambdaStage<S extends z.ZodType, O>(
  schema: S,
  run: StageRun<z.infer<S>, O>,
  env: Readonly<Record<string, string | undefined>> = process.env,
) {
  const logger = new Logger();
  let deadline: number | undefined;
  let deps: Promise<Deps> | undefined;
  async function handle(event: unknown, context: Context): Promise<O> {
    const invokedAtMs = Date.now();
    const parsed = schema.safeParse(event ?? {}, {
      reportInput: true,
      error: plainIssue,
    });
    if (!parsed.success) {
      // zod's own message is its issues as JSON, without the value.
      const { problem, location } = schemaProblem(parsed.error);
      throw new InputError('event', problem, location);
    }
    const input = parsed.data;
    deadline = Date.now() + context.getRemainingTimeInMillis() - STOP_MARGIN_MS;
    deps ??= buildAwsDeps(env, {
      powertools: logger,
      deadline: () => deadline,
    }).catch((error) => {
      deps = undefined;
      throw error;
    });
    const remainingMs = () => context.getRemainingTimeInMillis();
    return run(await deps, input, remainingMs, invokedAtMs);
  }
  return middy(handle).use(injectLambdaContext(logger));
}
