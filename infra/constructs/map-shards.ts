import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { invokeLambda } from './invoke-lambda.ts';

/**
 * One shard in a child execution. A failure ends the child with the
 * shard's name in its cause, so the failed child names its shard.
 */
function shardProcessor(scope: Construct, fn: lambda.IFunction) {
  const shard = invokeLambda(scope, 'Shard', fn, {
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
 * The Distributed Map over the plan's shard list (read from S3): each
 * shard in a child execution, no failed shard tolerated.
 *
 * @param scope - the construct the states belong to
 * @param fn - the shard function
 * @param maxConcurrency - how many shards run at once
 * @returns the map state
 * @example
 * mapShards(scope, fns.shard, 20).addCatch(failed, onError);
 */
export function mapShards(
  scope: Construct,
  fn: lambda.IFunction,
  maxConcurrency: number,
): sfn.DistributedMap {
  const shards = new StrictDistributedMap(scope, 'Shards', {
    itemReader: new sfn.S3JsonItemReader({
      bucketNamePath: sfn.JsonPath.stringAt('$.plan.shardList.bucket'),
      key: sfn.JsonPath.stringAt('$.plan.shardList.key'),
    }),
    itemSelector: {
      'runId.$': '$.plan.runId',
      'shard.$': '$$.Map.Item.Value.shard',
    },
    maxConcurrency,
    mapExecutionType: sfn.StateMachineType.STANDARD,
    // Publish reads the shards' results from S3, not from the state.
    resultPath: sfn.JsonPath.DISCARD,
  });
  shards.itemProcessor(shardProcessor(scope, fn));
  return shards;
}
