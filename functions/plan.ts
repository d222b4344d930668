import { z } from 'zod';
import { INPUT_DAY } from '#lib/json-schema';
import { planRun } from '#lib/pipeline/plan-run';
import { AWS_ENV, getEnvOrThrow } from '#lib/wiring/aws-env';
import { lambdaStage } from '#lib/wiring/lambda-stage';

/** From the state machine, after the rollup. */
const PlanEvent = z.strictObject({
  asOf: INPUT_DAY,
});

/**
 * Plans the run: writes its plan and shard list to the report bucket and
 * tells the Distributed Map where the shard list is.
 */
export const handler = lambdaStage(PlanEvent, async (deps, input) => {
  const plan = await planRun(deps, { asOf: input.asOf });
  return {
    runId: plan.runId,
    asOf: plan.asOf,
    shardCount: plan.shardCount,
    shardList: {
      bucket: getEnvOrThrow(process.env, AWS_ENV.reportBucket),
      key: plan.shardListKey,
    },
  };
});
