import { z } from 'zod';
import { METRICS } from '#lib/domain/metrics';
import { INPUT_DAY } from '#lib/json-schema';
import { LakeLockedError } from '#lib/lake-locked-error';
import { readerLakeHold } from '#lib/pipeline/lake-lock';
import { planRun } from '#lib/pipeline/plan-run';
import { AWS_ENV, getEnvOrThrow } from '#lib/wiring/aws-env';
import { countRetried } from '#lib/wiring/count-retried';
import { lambdaStage } from '#lib/wiring/lambda-stage';

/**
 * From the state machine, after the rollup; `execution` (its id) names
 * the rollup summary the report states (absent from an execution started
 * before the state machine passed it).
 */
const PlanEvent = z.strictObject({
  asOf: INPUT_DAY,
  execution: z.string().min(1).optional(),
});

/**
 * Plans the run: writes its plan and shard list to the report bucket and
 * tells the Distributed Map where the shard list is. It holds the lake's
 * lock while it reads (`planRun`): a rollup of another execution (a
 * replay, a re-run of days) is waited for 30 s at most, then the plan
 * stops with `LakeLockedError`, which the state machine retries, having
 * written nothing; the lock expires when the invocation must have ended,
 * as the rollup's.
 */
export const handler = lambdaStage(
  PlanEvent,
  async (deps, input, left, invokedAtMs) => {
    const lakeLock = readerLakeHold(deps.clock.now(), left());
    const { asOf, execution } = input;
    const plan = await planRun(deps, { asOf, lakeLock, execution }).catch(
      // Retried by the state machine: left out of the errors alarm.
      countRetried(
        METRICS.runPlansLakeLocked,
        (error) => error instanceof LakeLockedError,
        invokedAtMs,
      ),
    );
    return {
      runId: plan.runId,
      asOf: plan.asOf,
      shardCount: plan.shardCount,
      shardList: {
        bucket: getEnvOrThrow(process.env, AWS_ENV.reportBucket),
        key: plan.shardListKey,
      },
    };
  },
);
