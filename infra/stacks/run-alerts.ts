import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { stateMachineName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';
import { alarmOnAny } from './alarms.ts';

/** Execution outcomes that need a person. */
const BAD_ENDINGS = ['FAILED', 'TIMED_OUT', 'ABORTED'] as const;

/** The pipeline's state machines: the daily run and the monthly backtest. */
type Machine = 'run' | 'backtest';

/**
 * A state machine's ARN, from its fixed name: the alerting stack does not
 * depend on the pipeline stack.
 */
function stateMachineArn(
  scope: Construct,
  stage: StageConfig,
  machine: Machine,
): string {
  return Stack.of(scope).formatArn({
    service: 'states',
    resource: 'stateMachine',
    resourceName: stateMachineName(stage, machine),
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

/** `run` → `Run`, for construct ids. */
const capital = (machine: Machine) =>
  machine[0]!.toUpperCase() + machine.slice(1);

/**
 * Sends every failed, timed-out or aborted run or backtest to the
 * operations topic: per state machine, an EventBridge rule on its
 * execution status changes (the ARN prefix also matches the Distributed
 * Map's child executions, whose state machine ARN is the parent's plus
 * `/<map run>`), and one alarm per bad ending on the `AWS/States`
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

/**
 * The EventBridge rule that sends each bad ending of an execution (or of
 * a Distributed Map's child execution) to the topic, with its error.
 */
function forwardBadEndings(
  scope: Construct,
  stage: StageConfig,
  { machine, arn }: { machine: Machine; arn: string },
  topic: sns.ITopic,
): void {
  const detail = events.EventField;
  new events.Rule(scope, `${capital(machine)}Failed`, {
    description: `Headroom ${stage.name} ${machine}s that failed, timed out or were aborted`,
    eventPattern: {
      source: ['aws.states'],
      detailType: ['Step Functions Execution Status Change'],
      detail: {
        status: [...BAD_ENDINGS],
        stateMachineArn: events.Match.prefix(arn),
      },
    },
    targets: [
      new targets.SnsTopic(topic, {
        message: events.RuleTargetInput.fromText(
          `Headroom ${machine} ${detail.fromPath('$.detail.name')} ` +
            `${detail.fromPath('$.detail.status')}: ` +
            `${detail.fromPath('$.detail.error')} ` +
            `${detail.fromPath('$.detail.cause')} ` +
            `(${detail.fromPath('$.detail.executionArn')})`,
        ),
      }),
    ],
  });
}

/** One alarm per bad ending on the `AWS/States` execution metrics. */
function alarmOnBadEndings(
  scope: Construct,
  stage: StageConfig,
  { machine, arn }: { machine: Machine; arn: string },
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
      `${machine}-${ending.toLowerCase()}`,
      executions,
      `${stateMachineName(stage, machine)}: an execution ${ending}`,
    ).addAlarmAction(notify);
  }
}
