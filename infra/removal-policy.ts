import { RemovalPolicy } from 'aws-cdk-lib';
import type { StageConfig } from './stage-config.ts';

/**
 * What happens to a stage's buckets and log groups when its stacks are
 * deleted: destroyed in a throw-away stage (`destroyOnRemoval`), kept
 * otherwise.
 *
 * @param stage - the stage
 * @returns the removal policy of its stateful resources
 * @example
 * new s3.Bucket(this, 'Lake', { removalPolicy: removalPolicyOf(stage) });
 */
export function removalPolicyOf(stage: StageConfig): RemovalPolicy {
  return stage.destroyOnRemoval ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
}
