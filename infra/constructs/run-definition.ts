import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import {
  LAKE_BEING_READ_ERROR,
  LAKE_LOCKED_ERROR,
  LAKE_READ_RETRY,
  PLAN_LAKE_RETRY,
} from '#lib/domain/lake-lock-retry';
import { invokeLambda } from './invoke-lambda.ts';
import { retryOnLakeLock } from './lake-lock-retry.ts';
import { failRun, lockedRollup } from './lock-run.ts';
import { mapShards } from './map-shards.ts';

/** The Lambda of each stage of a run. */
export interface RunFunctions {
  readonly rollup: lambda.IFunction;
  readonly plan: lambda.IFunction;
  readonly shard: lambda.IFunction;
  readonly publish: lambda.IFunction;
}

/**
 * The run: as-of date → rollup (which first takes the date's lock) →
 * plan → Distributed Map over the plan's shard list (read from S3) →
 * publish, which checks that the execution still holds the lock (a
 * redrive may come after it expired). A second start for a date whose
 * lock another execution holds succeeds without running anything (see
 * `lockedRollup`). Any stage's failure releases the lock if this
 * execution holds it (`failRun`) and fails the execution with that
 * stage's error.
 *
 * @param scope - the construct the states belong to
 * @param props - the functions, report bucket and shard concurrency
 * @returns the first state, chained
 * @example
 * sfn.DefinitionBody.fromChainable(runDefinition(this, props));
 */
export function runDefinition(
  scope: Construct,
  props: {
    readonly functions: RunFunctions;
    readonly reportBucket: s3.IBucket;
    readonly maxConcurrency: number;
  },
): sfn.IChainable {
  const { functions: fns, reportBucket } = props;
  const failed = failRun(scope, reportBucket);
  const shards = mapShards(scope, fns.shard, props.maxConcurrency);
  const today = new sfn.Pass(scope, 'TodayUtc', {
    parameters: {
      'asOf.$':
        "States.ArrayGetItem(States.StringSplit($$.Execution.StartTime, 'T'), 0)",
    },
  });
  const stages = chainStages(scope, { fns, shards, failed });
  return new sfn.Choice(scope, 'ResolveAsOf')
    .when(sfn.Condition.isPresent('$.asOf'), stages)
    .otherwise(today.next(stages));
}

/**
 * Rollup (with the lock) → plan → shards → publish, each stage caught by
 * `failed` with its error under `$.failure`, the lock's own failures
 * included.
 */
function chainStages(
  scope: Construct,
  run: {
    readonly fns: RunFunctions;
    readonly shards: sfn.DistributedMap;
    readonly failed: sfn.IChainable;
  },
): sfn.IChainable {
  const { fns, failed } = run;
  const onError = { resultPath: '$.failure' };
  const asOf = { 'asOf.$': '$.asOf' };
  const stage = (
    id: string,
    fn: lambda.IFunction,
    payload: Record<string, unknown>,
    resultPath: string,
  ) =>
    invokeLambda(scope, id, fn, payload, resultPath).addCatch(failed, onError);
  const lock = { ...asOf, 'execution.$': '$$.Execution.Id' };
  const rollup = waitingForPlans(
    invokeLambda(scope, 'Rollup', fns.rollup, lock, '$.rollup'),
  );
  // Publish checks the lock again: a redrive may come after it expired.
  const publish = { 'runId.$': '$.plan.runId', lock };
  // The plan reads its own execution's rollup summary (`runRollupKey`).
  const plan = waitingForRollups(stage('Plan', fns.plan, lock, '$.plan'));
  const rest = plan
    .next(run.shards.addCatch(failed, onError))
    .next(stage('Publish', fns.publish, publish, '$.published'));
  return lockedRollup(scope, rollup, { rest, failed });
}

/**
 * The rollup, tried again while a plan holds the lake's lock (another
 * execution's plan, or a backtest's, reads the lake: `LakeBeingReadError`),
 * rather than failing the run; another rollup's lock still fails it at
 * once (the lake is being rolled up: a second rollup after it would redo
 * its days). A plan's lock ends with its invocation (15 minutes and 10 s
 * of clock skew at most, the backtest function's too), and the waits
 * (`LAKE_READ_RETRY`: 30 s doubling to 4 minutes, 30, 60, 120, 240, 240,
 * 240: 15.5 minutes) outlast it; no jitter, since one rollup waits
 * (docs/architecture.md "Rolling up", the lake's lock).
 */
function waitingForPlans(rollup: sfn.TaskStateBase): sfn.TaskStateBase {
  return retryOnLakeLock(rollup, LAKE_BEING_READ_ERROR, LAKE_READ_RETRY);
}

/**
 * The plan, tried again when it could not get the lake's lock
 * (`LakeLockedError`: another execution's rollup holds it, or holds off
 * new readers while it waits for the readers before it), as the
 * backtest's plan is (`PLAN_LAKE_RETRY`: 60 s doubling to 5 minutes,
 * eight times, 32 minutes), rather than failing the run; the plan wrote
 * nothing before it stopped, so the attempt that plans is the run's only
 * plan, and publish runs once (docs/architecture.md "Rolling up", the
 * lake's lock).
 */
function waitingForRollups(plan: sfn.TaskStateBase): sfn.TaskStateBase {
  return retryOnLakeLock(plan, LAKE_LOCKED_ERROR, PLAN_LAKE_RETRY);
}
