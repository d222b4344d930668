import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { type MachineName, stateMachineName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';
import { alarmOnAny } from './alarm-on-any.ts';
import { forwardBadEndings } from './bad-ending-rules.ts';

/**
 * A state machine's ARN, from its fixed name: the alerting stack does not
 * depend on the pipeline stack.
 */
function stateMachineArn(
  scope: Construct,
  stage: StageConfig,
  machine: MachineName,
): string {
  return Stack.of(scope).formatArn({
    service: 'states',
    resource: 'stateMachine',
    resourceName: stateMachineName(stage, machine),
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

/**
 * Sends every failed, timed-out or aborted run or backtest to the
 * operations topic: per state machine, EventBridge rules on its execution
 * status changes, and one alarm per bad ending on the `AWS/States`
 * execution metrics.
 *
 * @param scope - the alerting stack
 * @param stage - the stage (names the state machine)
 * @param topic - the operations topic
 * @param key - the topic's KMS key (EventBridge must encrypt with it)
 * @example
 * addRunAlerts(this, stage, this.operationsTopic, this.key);
 */
export function addRunAlerts(
  scope: Construct,
  stage: StageConfig,
  topic: sns.ITopic,
  key: kms.IKey,
): void {
  key.grant(
    new iam.ServicePrincipal('events.amazonaws.com'),
    'kms:Decrypt',
    'kms:GenerateDataKey*',
  );
  for (const machine of ['run', 'backtest'] as const) {
    const arn = stateMachineArn(scope, stage, machine);
    forwardBadEndings(scope, stage, { machine, arn }, topic);
    alarmOnBadEndings(scope, stage, { machine, arn }, topic);
  }
}

/** One alarm per bad ending on the `AWS/States` execution metrics. */
function alarmOnBadEndings(
  scope: Construct,
  stage: StageConfig,
  { machine, arn }: { machine: MachineName; arn: string },
  topic: sns.ITopic,
): void {
  const notify = new actions.SnsAction(topic);
  for (const ending of ['Failed', 'TimedOut', 'Aborted']) {
    const executions = new cloudwatch.Metric({
      namespace: 'AWS/States',
      metricName: `Executions${ending}`,
      dimensionsMap: { StateMachineArn: arn },
      statistic: 'Sum',
      period: Duration.minutes(5),
    });
    alarmOnAny(
      scope,
      stage,
      `${machine}-${ending.toLowerCase()}`,
      executions,
      `${stateMachineName(stage, machine)}: an execution ${ending}`,
    ).addAlarmAction(notify);
  }
}
