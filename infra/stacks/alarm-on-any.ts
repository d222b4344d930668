import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';
import { alarmNaming } from './alarm-naming.ts';

/**
 * Alarm as soon as a count metric is 1 or more in its period; no data is
 * no news.
 *
 * @param scope - the stack
 * @param stage - the stage (names the alarm)
 * @param id - the alarm's construct id and runbook section
 * @param metric - a `Sum` count (errors, failed executions, messages),
 *   or an expression of such counts
 * @param description - what went wrong, for the alarm's email
 * @returns the alarm, without actions
 * @example
 * alarmOnAny(this, stage, 'run-failed', failed, 'an execution failed');
 */
export function alarmOnAny(
  scope: Construct,
  stage: StageConfig,
  id: string,
  metric: Pick<cloudwatch.Metric, 'createAlarm'>,
  description: string,
): cloudwatch.Alarm {
  return metric.createAlarm(scope, id, {
    ...alarmNaming(stage, id, description),
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator:
      cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
}
