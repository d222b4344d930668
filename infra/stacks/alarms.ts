import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type { Construct } from 'constructs';
import { METRICS } from '#lib/domain/metrics';
import { functionName, workGroupName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';
import { alarmNaming } from './alarm-naming.ts';
import { alarmOnAny } from './alarm-on-any.ts';

/**
 * Alarm when no run published for 26 hours: successes of the publish
 * function (invocations minus errors) below 1 in each of 13 two-hour
 * periods.
 *
 * @param scope - the alerting stack
 * @param stage - the stage (names the function)
 * @returns the alarm, without actions
 * @example
 * forecastStaleAlarm(this, stage).addAlarmAction(notify);
 */
export function forecastStaleAlarm(
  scope: Construct,
  stage: StageConfig,
): cloudwatch.Alarm {
  const dimensionsMap = { FunctionName: functionName(stage, 'publish') };
  const metric = (metricName: string) =>
    new cloudwatch.Metric({
      namespace: 'AWS/Lambda',
      metricName,
      dimensionsMap,
      statistic: 'Sum',
      period: Duration.hours(2),
    });
  const successes = new cloudwatch.MathExpression({
    expression: 'FILL(invocations, 0) - FILL(errors, 0)',
    usingMetrics: {
      invocations: metric('Invocations'),
      errors: metric('Errors'),
    },
    period: Duration.hours(2),
    label: 'successful publishes',
  });
  return successes.createAlarm(scope, 'forecast-stale', {
    ...alarmNaming(
      stage,
      'forecast-stale',
      `${dimensionsMap.FunctionName}: no success for 26 h`,
    ),
    threshold: 1,
    evaluationPeriods: 13,
    datapointsToAlarm: 13,
    comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
    // No data at all means no run at all: that is the failure we watch.
    treatMissingData: cloudwatch.TreatMissingData.BREACHING,
  });
}

/**
 * Alarm when Athena processed more bytes in a day in the workgroup than
 * the stage's budget.
 *
 * @param scope - the alerting stack
 * @param stage - the stage (names the workgroup, sets the budget)
 * @returns the alarm, without actions
 * @example
 * scanAlarm(this, stage).addAlarmAction(notify);
 */
export function scanAlarm(
  scope: Construct,
  stage: StageConfig,
): cloudwatch.Alarm {
  const metric = (QueryState: string) =>
    new cloudwatch.Metric({
      namespace: 'AWS/Athena',
      metricName: 'ProcessedBytes',
      dimensionsMap: {
        WorkGroup: workGroupName(stage),
        QueryState,
        QueryType: 'DML',
      },
      statistic: 'Sum',
      period: Duration.days(1),
    });
  const scanned = new cloudwatch.MathExpression({
    expression: 'FILL(ok, 0) + FILL(failed, 0) + FILL(cancelled, 0)',
    usingMetrics: {
      ok: metric('SUCCEEDED'),
      failed: metric('FAILED'),
      cancelled: metric('CANCELLED'),
    },
    period: Duration.days(1),
    label: 'bytes scanned per day',
  });
  const gib = stage.dailyScanAlarmBytes / 1024 ** 3;
  return scanned.createAlarm(scope, 'athena-scanned', {
    ...alarmNaming(
      stage,
      'athena-scanned',
      `Athena scanned more than ${gib} GiB in a day in ${workGroupName(stage)}`,
    ),
    threshold: stage.dailyScanAlarmBytes,
    evaluationPeriods: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
}

/**
 * Alarm when an SNS publish still failed after retries: the message is sent
 * again on the next run, but someone should know why it did not go out.
 * Publish's count alone, by its function's name: dev's failures paged
 * prod's alarm when the stages share an account.
 *
 * @param scope - the alerting stack
 * @param stage - the stage (names the publish function)
 * @returns the alarm, without actions
 * @example
 * notificationFailedAlarm(this, stage).addAlarmAction(notify);
 */
export function notificationFailedAlarm(
  scope: Construct,
  stage: StageConfig,
): cloudwatch.Alarm {
  const failed = new cloudwatch.Metric({
    namespace: METRICS.namespace,
    metricName: METRICS.notificationsFailed,
    // Publish's own (`functionMetrics`): stages may share an account.
    dimensionsMap: {
      service: METRICS.service,
      FunctionName: functionName(stage, 'publish'),
    },
    statistic: 'Sum',
    period: Duration.hours(1),
  });
  return alarmOnAny(
    scope,
    stage,
    'notifications-failed',
    failed,
    'an alert email could not be published to SNS',
  );
}
