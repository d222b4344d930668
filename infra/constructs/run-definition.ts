import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { invokeLambda } from './invoke-lambda.ts';
import { failRun, lockRun } from './lock-run.ts';
import { mapShards } from './map-shards.ts';

/** The Lambda of each stage of a run. */
export interface RunFunctions {
  readonly rollup: lambda.IFunction;
  readonly plan: lambda.IFunction;
  readonly shard: lambda.IFunction;
  readonly publish: lambda.IFunction;
}

/**
 * The run: as-of date → lock → rollup → plan → Distributed Map over the
 * plan's shard list (read from S3) → publish. Any stage's failure releases
 * the lock and fails the execution with that stage's error.
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
  const onError = { resultPath: '$.failure' };
  const shards = mapShards(scope, fns.shard, props.maxConcurrency);
  const today = new sfn.Pass(scope, 'TodayUtc', {
    parameters: {
      'asOf.$':
        "States.ArrayGetItem(States.StringSplit($$.Execution.StartTime, 'T'), 0)",
    },
  });
  const asOf = { 'asOf.$': '$.asOf' };
  const stages = lockRun(scope, reportBucket)
    .next(
      invokeLambda(scope, 'Rollup', fns.rollup, asOf, '$.rollup').addCatch(
        failed,
        onError,
      ),
    )
    .next(
      invokeLambda(scope, 'Plan', fns.plan, asOf, '$.plan').addCatch(
        failed,
        onError,
      ),
    )
    .next(shards.addCatch(failed, onError))
    .next(
      invokeLambda(
        scope,
        'Publish',
        fns.publish,
        { 'runId.$': '$.plan.runId' },
        '$.published',
      ).addCatch(failed, onError),
    );
  return new sfn.Choice(scope, 'ResolveAsOf')
    .when(sfn.Condition.isPresent('$.asOf'), stages)
    .otherwise(today.next(stages));
}
