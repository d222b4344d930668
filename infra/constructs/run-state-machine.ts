import {
  type CfnElement,
  type RemovalPolicy,
  Stack,
  TimeZone,
  Token,
  Validations,
} from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { stateMachineName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';
import { type RunFunctions, runDefinition } from './run-definition.ts';
import { RUN_START_MAX_DELAY, RUN_TIMEOUT } from './run-window.ts';

/** What the run's state machine orchestrates. */
export interface RunStateMachineProps {
  readonly stage: StageConfig;
  readonly functions: RunFunctions;
  /** Holds the plan's shard list and the run locks. */
  readonly reportBucket: s3.IBucket;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The daily run as a Standard Step Functions state machine, started by
 * EventBridge Scheduler at the stage's hour: rollup → plan → Distributed
 * Map over the shards → publish (see `runDefinition`). Logs every event
 * (without execution data, which holds no secrets but can be large) and
 * traces with X-Ray.
 *
 * @example
 * new RunStateMachine(this, 'Run', { stage, functions, reportBucket,
 *   removalPolicy: RemovalPolicy.DESTROY });
 */
export class RunStateMachine extends Construct {
  readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: RunStateMachineProps) {
    super(scope, id);
    const { stage } = props;
    const name = stateMachineName(stage);
    const logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName: `/aws/vendedlogs/states/${name}`,
      retention: stage.logRetentionDays as logs.RetentionDays,
      removalPolicy: props.removalPolicy,
    });
    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      stateMachineName: name,
      stateMachineType: sfn.StateMachineType.STANDARD,
      definitionBody: sfn.DefinitionBody.fromChainable(
        runDefinition(this, {
          functions: props.functions,
          reportBucket: props.reportBucket,
          maxConcurrency: stage.maxConcurrency,
        }),
      ),
      timeout: RUN_TIMEOUT,
      tracingEnabled: true,
      logs: {
        destination: logGroup,
        level: sfn.LogLevel.ALL,
        includeExecutionData: false,
      },
    });
    // The Map's ItemReader reads the shard list the plan wrote.
    this.stateMachine.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [props.reportBucket.arnForObjects('runs/*')],
      }),
    );
    this.schedule(stage);
    this.acknowledgeFindings(stage);
  }

  /** The cdk-nag findings this design accepts, each with its reason. */
  private acknowledgeFindings(stage: StageConfig): void {
    const findings = Validations.of(this);
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
          'The run lock (locks/) and the shard lists (runs/<run>/) are ' +
          'named per run; access stays below their prefix.',
      });
    }
    const element = this.stateMachine.node.defaultChild as CfnElement;
    const stack = Stack.of(this);
    const logicalId = stack.getLogicalId(element);
    // cdk-nag prints a stack's region as written: a name, or the token.
    const region = Token.isUnresolved(stack.region)
      ? '<AWS::Region>'
      : stack.region;
    const executions =
      `arn:<AWS::Partition>:states:${region}:<AWS::AccountId>:execution:` +
      `{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"${logicalId}"}]}]}`;
    for (const suffix of [':*', '/*:*']) {
      findings.acknowledge({
        id: `AwsSolutions-IAM5[Resource::${executions}${suffix}]`,
        reason:
          'The Distributed Map describes, stops and redrives its own child ' +
          'executions, whose names Step Functions chooses.',
      });
    }
  }

  private schedule(stage: StageConfig): void {
    new scheduler.Schedule(this, 'Daily', {
      schedule: scheduler.ScheduleExpression.cron({
        minute: '15',
        hour: String(stage.runHour),
        timeZone: TimeZone.of(stage.timeZone),
      }),
      description: `Headroom run at ${stage.runHour}:15 ${stage.timeZone}`,
      target: new targets.StepFunctionsStartExecution(this.stateMachine, {
        // No asOf: the run is for the UTC day the execution starts on.
        input: scheduler.ScheduleTargetInput.fromObject({}),
        // Retries cover failures to start the execution; a duplicate
        // start ends at the run lock as a success that runs nothing.
        retryAttempts: 2,
        maxEventAge: RUN_START_MAX_DELAY,
      }),
    });
  }
}
