import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { strictItemMap } from './strict-item-map.ts';

/**
 * The Distributed Map over the plan's shard list (read from S3): each
 * shard in a child execution (`{ runId, shard }` to the shard function),
 * no failed shard tolerated; a failed child names its shard.
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
  return strictItemMap(
    scope,
    fn,
    {
      noun: 'Shard',
      plural: 'Shards',
      planPath: '$.plan',
      listField: 'shardList',
      ownerField: 'runId',
      ownerWord: 'run',
      itemField: 'shard',
    },
    maxConcurrency,
  );
}
