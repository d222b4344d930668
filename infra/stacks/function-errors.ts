import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { METRICS } from '#lib/domain/metrics';
import type { PipelineFunctionName } from '#lib/domain/vocabulary';
import { functionName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';

const PERIOD = Duration.minutes(5);

/**
 * A function's errors per 5 minutes, as its errors alarm counts them: the
 * Lambda's `Errors`; for the rollup, less its stops on a reader's hold of
 * the lake (`RollupsLakeBeingRead`, counted by the function as it throws
 * `LakeBeingReadError`), which the run's state machine retries: each
 * paged `headroom-<stage>-rollup failed` for a run that then rolled up
 * and published (docs/architecture.md "Rolling up", the lake's lock).
 *
 * @param stage - the stage (names the function)
 * @param step - the function
 * @returns the count to alarm on at 1 or more
 * @example
 * alarmOnAny(scope, 'rollup-errors', functionErrors(stage, 'rollup'), '…');
 */
export function functionErrors(
  stage: StageConfig,
  step: PipelineFunctionName,
): cloudwatch.Metric | cloudwatch.MathExpression {
  const errors = new cloudwatch.Metric({
    namespace: 'AWS/Lambda',
    metricName: 'Errors',
    dimensionsMap: { FunctionName: functionName(stage, step) },
    statistic: 'Sum',
    period: PERIOD,
  });
  if (step !== 'rollup') return errors;
  const retried = new cloudwatch.Metric({
    namespace: METRICS.namespace,
    metricName: METRICS.rollupsLakeBeingRead,
    dimensionsMap: { service: METRICS.service },
    statistic: 'Sum',
    period: PERIOD,
  });
  return new cloudwatch.MathExpression({
    expression: 'FILL(errors, 0) - FILL(retried, 0)',
    usingMetrics: { errors, retried },
    period: PERIOD,
    label: 'rollup errors not retried on a reader of the lake',
  });
}
