import {
  type CfnElement,
  type Duration,
  type RemovalPolicy,
  Stack,
  Token,
  Validations,
} from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';

/** A state machine of the pipeline: its name, states and limits. */
export interface LoggedStateMachineProps {
  readonly stage: StageConfig;
  readonly name: string;
  readonly definition: sfn.IChainable;
  readonly timeout: Duration;
  /** Holds the item lists its Distributed Map reads, under `runs/`. */
  readonly reportBucket: s3.IBucket;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * A Standard state machine as the pipeline runs them (the daily run, the
 * monthly backtest): logs every event to its own log group (without
 * execution data, which holds no secrets but can be large), traces with
 * X-Ray, may read the item lists under the report bucket's `runs/` that
 * its Distributed Map's ItemReader reads, and acknowledges the cdk-nag
 * findings this design accepts, each with its reason.
 *
 * @param scope - the construct it belongs to (`Logs`, `StateMachine`)
 * @param props - name, definition, timeout, stage and bucket
 * @returns the state machine
 * @example
 * const machine = loggedStateMachine(this, { stage, name, definition,
 *   timeout: RUN_TIMEOUT, reportBucket, removalPolicy });
 */
export function loggedStateMachine(
  scope: Construct,
  props: LoggedStateMachineProps,
): sfn.StateMachine {
  const { stage, name } = props;
  const logGroup = new logs.LogGroup(scope, 'Logs', {
    logGroupName: `/aws/vendedlogs/states/${name}`,
    retention: stage.logRetentionDays as logs.RetentionDays,
    removalPolicy: props.removalPolicy,
  });
  const machine = new sfn.StateMachine(scope, 'StateMachine', {
    stateMachineName: name,
    stateMachineType: sfn.StateMachineType.STANDARD,
    definitionBody: sfn.DefinitionBody.fromChainable(props.definition),
    timeout: props.timeout,
    tracingEnabled: true,
    logs: {
      destination: logGroup,
      level: sfn.LogLevel.ALL,
      includeExecutionData: false,
    },
  });
  machine.addToRolePolicy(
    new iam.PolicyStatement({
      actions: ['s3:GetObject'],
      resources: [props.reportBucket.arnForObjects('runs/*')],
    }),
  );
  acknowledgeFindings(scope, stage, machine);
  return machine;
}

/** The cdk-nag findings this design accepts, each with its reason. */
function acknowledgeFindings(
  scope: Construct,
  stage: StageConfig,
  machine: sfn.StateMachine,
): void {
  const findings = Validations.of(scope);
  findings.acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'CloudWatch Logs delivery and X-Ray tracing, granted by the CDK for ' +
      'state machine logging and tracing, support no resource-level ' +
      'permissions.',
  });
  const bucket = `headroom-${stage.name}-reports-<AWS::AccountId>-<AWS::Region>`;
  for (const prefix of ['locks/', 'runs/']) {
    findings.acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::${bucket}/${prefix}*]`,
      reason:
        'The run lock (locks/) and the item lists (runs/<run>/) are ' +
        'named per run; access stays below their prefix.',
    });
  }
  const executions = executionsArn(scope, machine);
  for (const suffix of [':*', '/*:*']) {
    findings.acknowledge({
      id: `AwsSolutions-IAM5[Resource::${executions}${suffix}]`,
      reason:
        'The Distributed Map describes, stops and redrives its own child ' +
        'executions, whose names Step Functions chooses.',
    });
  }
}

/** The machine's executions' ARN as cdk-nag prints it in a finding's id. */
function executionsArn(scope: Construct, machine: sfn.StateMachine) {
  const element = machine.node.defaultChild as CfnElement;
  const stack = Stack.of(scope);
  const logicalId = stack.getLogicalId(element);
  // cdk-nag prints a stack's region as written: a name, or the token.
  const region = Token.isUnresolved(stack.region)
    ? '<AWS::Region>'
    : stack.region;
  return (
    `arn:<AWS::Partition>:states:${region}:<AWS::AccountId>:execution:` +
    `{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"${logicalId}"}]}]}`
  );
}
