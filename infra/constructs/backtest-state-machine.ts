import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { stateMachineName } from '../resource-names.ts';
import type { StageConfig } from '../stage-config.ts';
import { backtestDefinition } from './backtest-definition.ts';
import { scheduleBacktest } from './backtest-schedule.ts';
import { loggedStateMachine } from './logged-state-machine.ts';

/**
 * Batches replayed at once: a batch is one Lambda of about 10 s that
 * reads the rows the plan unloaded for it (no Athena query), so 10 at a
 * time replay the 100 batches of 100,000 links in 10 rounds, far inside
 * the execution's 3 hours, and leave the account's Lambda concurrency to
 * the daily run (docs/architecture.md "The decision backtest").
 */
export const BACKTEST_CONCURRENCY = 10;

/**
 * A backtest's longest execution. At 100,000 links (about 25,000 groups,
 * 100 batches of 250, 10 at once) a batch takes about 10 s, the plan's
 * one UNLOAD a few minutes at most (docs/reference.md "The daily run on
 * AWS", its sizing):
 * minutes in all; 3 hours leave room for a slow query and retries (the
 * plan's on the lake's lock: nine attempts waiting 30 s each and
 * `PLAN_LAKE_RETRY`'s 32 minutes, under 40 minutes), and
 * end well before the next daily run, which its monthly start leaves 20
 * hours away.
 */
export const BACKTEST_TIMEOUT = Duration.hours(3);

/** What the backtest's state machine orchestrates. */
export interface BacktestStateMachineProps {
  readonly stage: StageConfig;
  readonly backtest: lambda.IFunction;
  /** Holds the plan's batch list. */
  readonly reportBucket: s3.IBucket;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The monthly decision backtest as a Standard state machine,
 * `headroom-<stage>-backtest`: plan → Distributed Map over batches of
 * groups → merge (`backtestDefinition`), logged and traced
 * (`loggedStateMachine`), started by its own monthly schedule
 * (`scheduleBacktest`), so that a backtest never delays, fails or
 * unlocks a run.
 *
 * @example
 * new BacktestStateMachine(this, 'Backtest', { stage, backtest: fn,
 *   reportBucket, removalPolicy });
 */
export class BacktestStateMachine extends Construct {
  readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: BacktestStateMachineProps) {
    super(scope, id);
    const { stage } = props;
    this.stateMachine = loggedStateMachine(this, {
      stage,
      name: stateMachineName(stage, 'backtest'),
      definition: backtestDefinition(
        this,
        props.backtest,
        BACKTEST_CONCURRENCY,
      ),
      timeout: BACKTEST_TIMEOUT,
      reportBucket: props.reportBucket,
      removalPolicy: props.removalPolicy,
    });
    scheduleBacktest(this, stage, this.stateMachine);
  }
}
