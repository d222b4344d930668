import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { METRICS } from '#lib/domain/metrics';
import type { PipelineFunctionName } from '#lib/domain/vocabulary';
import { functionName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';

const PERIOD = Duration.minutes(5);

/**
 * The errors a function's state machine retries, which it counts in a
 * metric of its own as it throws them (`countRetried`): each paged
 * `headroom-<stage>-<function> failed` for a run that then rolled up (or
 * planned) and published, or a backtest that then planned
 * (docs/architecture.md "Rolling up", the lake's lock).
 */
const RETRIED: Partial<
  Record<PipelineFunctionName, { metric: string; label: string }>
> = {
  // Stops on a reader's hold of the lake (`LakeBeingReadError`).
  rollup: {
    metric: METRICS.rollupsLakeBeingRead,
    label: 'rollup errors not retried on a reader of the lake',
  },
  // Plans that could not get the lake's lock (`LakeLockedError`).
  backtest: {
    metric: METRICS.backtestPlansLakeLocked,
    label: "backtest errors not retried on the lake's lock",
  },
  plan: {
    metric: METRICS.runPlansLakeLocked,
    label: "plan errors not retried on the lake's lock",
  },
};

/**
 * A function's errors per 5 minutes, as its errors alarm counts them: the
 * Lambda's `Errors`, less those its state machine retries (`RETRIED`).
 *
 * @param stage - the stage (names the function)
 * @param step - the function
 * @returns the count to alarm on at 1 or more
 * @example
 * alarmOnAny(scope, stage, 'rollup-errors', functionErrors(stage, 'rollup'), '…');
 */
export function functionErrors(
  stage: StageConfig,
  step: PipelineFunctionName,
): cloudwatch.Metric | cloudwatch.MathExpression {
  const name = functionName(stage, step);
  const errors = new cloudwatch.Metric({
    namespace: 'AWS/Lambda',
    metricName: 'Errors',
    dimensionsMap: { FunctionName: name },
    statistic: 'Sum',
    period: PERIOD,
  });
  const counted = RETRIED[step];
  if (counted === undefined) return errors;
  const retried = new cloudwatch.Metric({
    namespace: METRICS.namespace,
    metricName: counted.metric,
    // Its own function's (stages may share an account, and the namespace).
    dimensionsMap: { service: METRICS.service, FunctionName: name },
    statistic: 'Sum',
    period: PERIOD,
  });
  return new cloudwatch.MathExpression({
    expression: 'FILL(errors, 0) - FILL(retried, 0)',
    usingMetrics: { errors, retried },
    period: PERIOD,
    label: counted.label,
  });
}
