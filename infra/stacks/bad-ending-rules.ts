import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import type { MachineName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';
import { RUNBOOK } from './alarm-naming.ts';

/** Execution outcomes that need a person. */
const BAD_ENDINGS = ['FAILED', 'TIMED_OUT', 'ABORTED'] as const;

/** `run` → `Run`, for construct ids. */
const capital = (machine: MachineName) =>
  machine[0]!.toUpperCase() + machine.slice(1);

/**
 * The EventBridge rules that send each bad ending to the topic, with its
 * error: the execution's own (exact ARN), and a Distributed Map child's
 * (its state machine ARN is the parent's plus `/<map run>`) that failed or
 * timed out, whose cause names its shard or batch. Children that ended
 * ABORTED are left out: when one item fails, Step Functions aborts every
 * sibling still running (up to the map's concurrency), and each would be
 * one more email saying nothing new (docs/architecture.md "Alerts").
 *
 * @param scope - the alerting stack
 * @param stage - the stage (named in the rules' descriptions)
 * @param machine - which state machine, and its ARN
 * @param topic - the operations topic
 * @example
 * forwardBadEndings(this, stage, { machine: 'run', arn }, topic);
 */
export function forwardBadEndings(
  scope: Construct,
  stage: StageConfig,
  { machine, arn }: { machine: MachineName; arn: string },
  topic: sns.ITopic,
): void {
  const target = badEndingTarget(topic, machine);
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

/**
 * The email of a bad ending: the state machine, the execution's name and
 * status, its error and cause, its ARN, and the runbook's entries.
 */
function badEndingTarget(
  topic: sns.ITopic,
  machine: MachineName,
): targets.SnsTopic {
  const detail = events.EventField;
  return new targets.SnsTopic(topic, {
    message: events.RuleTargetInput.fromText(
      `Headroom ${machine} ${detail.fromPath('$.detail.name')} ` +
        `${detail.fromPath('$.detail.status')}: ` +
        `${detail.fromPath('$.detail.error')} ` +
        `${detail.fromPath('$.detail.cause')} ` +
        `(${detail.fromPath('$.detail.executionArn')}). What to do: ` +
        // No quotes: the text travels as a JSON string, escaped.
        `${RUNBOOK}, entry ${machine}-failed, ${machine}-timedout or ` +
        `${machine}-aborted`,
    ),
  });
}
