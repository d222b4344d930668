import { Duration } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';

/** The Lambda of each stage of a run. */
export interface RunFunctions {
  readonly rollup: lambda.IFunction;
  readonly plan: lambda.IFunction;
  readonly shard: lambda.IFunction;
  readonly publish: lambda.IFunction;
}

/** Lambda service errors worth retrying: throttling and 5xx, not task errors. */
export const LAMBDA_SERVICE_ERRORS = [
  'Lambda.TooManyRequestsException',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
];

/** Where a run's lock object lives in the report bucket. */
export const LOCK_PREFIX = 'locks/';

/**
 * A Lambda task whose output is the function's own result. It retries
 * only the Lambda service's throttling and internal errors, with
 * exponential back-off and full jitter; a task error (a failed query, bad
 * data) or a timeout fails at once, since a repeat would end the same way.
 */
function invoke(
  scope: Construct,
  id: string,
  fn: lambda.IFunction,
  payload: Record<string, unknown>,
  resultPath?: string,
): sfn.TaskStateBase {
  const task = new tasks.LambdaInvoke(scope, id, {
    lambdaFunction: fn,
    payload: sfn.TaskInput.fromObject(payload),
    payloadResponseOnly: true,
    resultPath,
    // A backstop a minute above the functions' 15-minute timeout: the
    // Lambda ends a stuck invocation itself (its Athena query stopped
    // first); the state never waits on a lost one forever.
    taskTimeout: sfn.Timeout.duration(Duration.minutes(16)),
    // The CDK default retries ClientExecutionTimeoutException too, which
    // can be a timed-out invocation; list the retryable errors ourselves.
    retryOnServiceExceptions: false,
  });
  return task.addRetry({
    errors: LAMBDA_SERVICE_ERRORS,
    // 2 s, then doubling: 2, 4, 8, 16, 32 s (capped at 60 s), with full
    // jitter so that 100 throttled shards do not retry in lockstep.
    interval: Duration.seconds(2),
    backoffRate: 2,
    maxAttempts: 5,
    maxDelay: Duration.seconds(60),
    jitterStrategy: sfn.JitterType.FULL,
  });
}

/** The lock object's key for the run's as-of date. */
const lockKey = sfn.JsonPath.format(
  `${LOCK_PREFIX}run-{}.lock`,
  sfn.JsonPath.stringAt('$.asOf'),
);

/**
 * One execution per as-of date: creates `locks/run-<asOf>.lock` in the
 * report bucket with `If-None-Match: *`, which S3 refuses (412
 * PreconditionFailed) while the object exists, so a second start for the
 * same date fails here, before touching the lake.
 */
function lockRun(scope: Construct, bucket: s3.IBucket): tasks.CallAwsService {
  return new tasks.CallAwsService(scope, 'LockRun', {
    service: 's3',
    action: 'putObject',
    parameters: {
      Bucket: bucket.bucketName,
      Key: lockKey,
      Body: sfn.JsonPath.stringAt('$$.Execution.Id'),
      IfNoneMatch: '*',
    },
    iamResources: [bucket.arnForObjects(`${LOCK_PREFIX}*`)],
    resultPath: sfn.JsonPath.DISCARD,
  });
}

/** On failure: remove the lock so the date can be run again, then fail. */
function failRun(scope: Construct, bucket: s3.IBucket): sfn.IChainable {
  const release = new tasks.CallAwsService(scope, 'ReleaseLock', {
    service: 's3',
    action: 'deleteObject',
    parameters: { Bucket: bucket.bucketName, Key: lockKey },
    iamResources: [bucket.arnForObjects(`${LOCK_PREFIX}*`)],
    resultPath: sfn.JsonPath.DISCARD,
  });
  return release.next(
    new sfn.Fail(scope, 'RunFailed', {
      errorPath: '$.failure.Error',
      causePath: '$.failure.Cause',
    }),
  );
}

/**
 * One shard in a child execution. A failure ends the child with the
 * shard's name in its cause, so the failed child names its shard.
 */
function shardProcessor(scope: Construct, fn: lambda.IFunction) {
  const shard = invoke(scope, 'Shard', fn, {
    'runId.$': '$.runId',
    'shard.$': '$.shard',
  });
  const named = new sfn.Pass(scope, 'NameFailedShard', {
    parameters: {
      'Error.$': '$.failure.Error',
      'Cause.$':
        "States.Format('shard {} of run {} failed: {}', $.shard, $.runId, $.failure.Cause)",
    },
  }).next(
    new sfn.Fail(scope, 'ShardFailed', {
      errorPath: '$.Error',
      causePath: '$.Cause',
    }),
  );
  return shard.addCatch(named, { resultPath: '$.failure' });
}

/**
 * A Distributed Map that tolerates no failed item, written out: the CDK
 * leaves a tolerance of 0 out of the definition (0 is the service default,
 * but the definition should say so).
 */
class StrictDistributedMap extends sfn.DistributedMap {
  override toStateJson(
    queryLanguage?: sfn.QueryLanguage,
  ): Record<string, unknown> {
    // A run publishes every series or nothing: one failed shard fails it.
    return {
      ...super.toStateJson(queryLanguage),
      ToleratedFailurePercentage: 0,
    };
  }
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
  const shards = new StrictDistributedMap(scope, 'Shards', {
    itemReader: new sfn.S3JsonItemReader({
      bucketNamePath: sfn.JsonPath.stringAt('$.plan.shardList.bucket'),
      key: sfn.JsonPath.stringAt('$.plan.shardList.key'),
    }),
    itemSelector: {
      'runId.$': '$.plan.runId',
      'shard.$': '$$.Map.Item.Value.shard',
    },
    maxConcurrency: props.maxConcurrency,
    mapExecutionType: sfn.StateMachineType.STANDARD,
    // Publish reads the shards' results from S3, not from the state.
    resultPath: sfn.JsonPath.DISCARD,
  });
  shards.itemProcessor(shardProcessor(scope, fns.shard));
  const today = new sfn.Pass(scope, 'TodayUtc', {
    parameters: {
      'asOf.$':
        "States.ArrayGetItem(States.StringSplit($$.Execution.StartTime, 'T'), 0)",
    },
  });
  const asOf = { 'asOf.$': '$.asOf' };
  const stages = lockRun(scope, reportBucket)
    .next(
      invoke(scope, 'Rollup', fns.rollup, asOf, '$.rollup').addCatch(
        failed,
        onError,
      ),
    )
    .next(
      invoke(scope, 'Plan', fns.plan, asOf, '$.plan').addCatch(failed, onError),
    )
    .next(shards.addCatch(failed, onError))
    .next(
      invoke(
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
