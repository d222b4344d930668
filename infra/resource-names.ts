import { Aws } from 'aws-cdk-lib';
import type { PipelineFunctionName } from '#lib/domain/vocabulary';
import type { StageConfig } from './stage-config.ts';

/** The pipeline's state machines: the daily run and the monthly backtest. */
export type MachineName = 'run' | 'backtest';

/**
 * A Step Functions state machine's name: the daily run's or the monthly
 * backtest's.
 *
 * @param stage - the deployment
 * @param machine - which state machine (default the run's)
 * @returns e.g. `headroom-dev-run`
 * @example
 * stateMachineName(STAGE_CONFIGS.dev, 'backtest'); // 'headroom-dev-backtest'
 */
export function stateMachineName(
  stage: StageConfig,
  machine: MachineName = 'run',
): string {
  return `headroom-${stage.name}-${machine}`;
}

/**
 * The Lambda function name of a pipeline stage or the backtest, fixed so
 * that alarms in the alerting stack can name it without a cross-stack
 * reference.
 *
 * @param stage - the deployment
 * @param step - rollup, plan, shard, publish or backtest
 * @returns e.g. `headroom-dev-rollup`
 * @example
 * functionName(STAGE_CONFIGS.dev, 'publish'); // 'headroom-dev-publish'
 */
export function functionName(
  stage: StageConfig,
  step: PipelineFunctionName,
): string {
  return `headroom-${stage.name}-${step}`;
}

/**
 * The Athena workgroup's name.
 *
 * @param stage - the deployment
 * @returns e.g. `headroom-dev`
 * @example
 * workGroupName(STAGE_CONFIGS.dev); // 'headroom-dev'
 */
export function workGroupName(stage: StageConfig): string {
  return `headroom-${stage.name}`;
}

/**
 * A bucket's name: fixed per stage, account and region (bucket names are
 * global), so that the pipeline stack can name its exact ARNs without a
 * cross-stack reference.
 *
 * @param stage - the deployment
 * @param bucket - which bucket
 * @returns e.g. `headroom-dev-lake-<account>-<region>` (with tokens)
 * @example
 * bucketName(STAGE_CONFIGS.dev, 'lake');
 */
export function bucketName(
  stage: StageConfig,
  bucket: 'lake' | 'reports',
): string {
  return `headroom-${stage.name}-${bucket}-${Aws.ACCOUNT_ID}-${Aws.REGION}`;
}
