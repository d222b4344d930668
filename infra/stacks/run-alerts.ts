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

/**
 * The EventBridge rules that send each bad ending to the topic, with its
 * error: the execution's own (exact ARN), and a Distributed Map child's
 * (its state machine ARN is the parent's plus `/<map run>`) that failed or
 * timed out, whose cause names its shard or batch. Children that ended
 * ABORTED are left out: when one item fails, Step Functions aborts every
 * sibling still running (up to the map's concurrency), and each would be
 * one more email saying nothing new (docs/architecture.md "Alerts").
 */
function forwardBadEndings(
  scope: Construct,
  stage: StageConfig,
  { machine, arn }: { machine: Machine; arn: string },
  topic: sns.ITopic,
): void {
  const detail = events.EventField;
  const target = new targets.SnsTopic(topic, {
    message: events.RuleTargetInput.fromText(
      `Headroom ${machine} ${detail.fromPath('$.detail.name')} ` +
        `${detail.fromPath('$.detail.status')}: ` +
        `${detail.fromPath('$.detail.error')} ` +
        `${detail.fromPath('$.detail.cause')} ` +
        `(${detail.fromPath('$.detail.executionArn')})`,
    ),
  });
  const rules = [
    {
      id: 'Failed',
      what: `${machine}s that failed, timed out or were aborted`,
      statuses: BAD_ENDINGS,
      match: [arn],
    },
    {
      id: 'ItemFailed',
      what: `${machine} items (Distributed Map children) that failed or timed out`,
      statuses: ['FAILED', 'TIMED_OUT'],
      match: events.Match.prefix(`${arn}/`),
    },
  ];
  for (const { id, what, statuses, match } of rules) {
    new events.Rule(scope, `${capital(machine)}${id}`, {
      description: `Headroom ${stage.name} ${what}`,
      eventPattern: {
        source: ['aws.states'],
        detailType: ['Step Functions Execution Status Change'],
        detail: { status: [...statuses], stateMachineArn: match },
      },
      targets: [target],
    });
  }
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
