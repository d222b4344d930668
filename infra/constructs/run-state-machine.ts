import { type RemovalPolicy, TimeZone } from 'aws-cdk-lib';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { stateMachineName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';
import { loggedStateMachine } from './logged-state-machine.ts';
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
 * Map over the shards → publish (see `runDefinition`), logged and traced
 * (`loggedStateMachine`).
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
    this.stateMachine = loggedStateMachine(this, {
      stage,
      name: stateMachineName(stage),
      definition: runDefinition(this, {
        functions: props.functions,
        reportBucket: props.reportBucket,
        maxConcurrency: stage.maxConcurrency,
      }),
      timeout: RUN_TIMEOUT,
      reportBucket: props.reportBucket,
      removalPolicy: props.removalPolicy,
    });
    this.schedule(stage);
  }

  private schedule(stage: StageConfig): void {
    new scheduler.Schedule(this, 'Daily', {
      // Named as its state machine, to be found and paused by name.
      scheduleName: stateMachineName(stage),
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
