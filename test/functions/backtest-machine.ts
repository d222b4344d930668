import type { S3Client } from '@aws-sdk/client-s3';
import { Template } from 'aws-cdk-lib/assertions';
import { StateMachine } from 'aws-local-stepfunctions';
import {
  type Definition,
  s3Tasks,
  withItemReaderShim,
} from '../helpers/local-state-machine.ts';
import { stateMachineDefinition } from '../helpers/state-machine-definition.ts';
import { buildStage } from '../infra/build-stage.ts';
import { lambdaContext } from './lambda-env.ts';
import { PSEUDO } from './state-machine-aws-side.ts';

const context = lambdaContext('headroom-test-backtest');

/** What a backtest execution's output holds. */
export interface BacktestOutput {
  readonly plan:
    | { readonly skipped: string }
    | {
        readonly backtestId: string;
        readonly batches: number;
        readonly batchList: { readonly bucket: string; readonly key: string };
      };
  readonly backtest?: Record<string, unknown>;
}

let definition: Definition | undefined;

/**
 * Runs the pipeline stack's backtest state machine locally, its three
 * task states on the backtest handler (`functions/backtest.ts`) and its
 * Distributed Map's ItemReader on the S3 server; the handler reads the
 * environment the caller set (`lambdaEnv`).
 *
 * @param s3 - a client of the S3 server holding the report bucket
 * @param input - the execution's input (`{}` as the schedule starts it)
 * @param name - the execution's name
 * @param tasks - stand-ins for some task states, by state name
 * @returns the execution's output
 * @example
 * const output = await runBacktestMachine(s3.client, {});
 */
export async function runBacktestMachine(
  s3: S3Client,
  input: object,
  name = 'monthly-2026-12-02',
  tasks: Readonly<Record<string, (event: never) => Promise<unknown>>> = {},
): Promise<BacktestOutput> {
  definition ??= stateMachineDefinition(
    Template.fromStack(buildStage({ bundle: false }).stacks.pipeline),
    PSEUDO,
    'backtest',
  ) as unknown as Definition;
  const { handler } = await import('../../functions/backtest.ts');
  const lambda = (event: never) => handler(event, context);
  const machine = new StateMachine(withItemReaderShim(definition));
  const run = machine.run(input as never, {
    overrides: {
      taskResourceLocalHandlers: {
        Plan: lambda,
        Batch: lambda,
        Merge: lambda,
        BatchesReadItems: s3Tasks(s3).getJson,
        ...tasks,
      } as never,
      retryIntervalOverrides: { Plan: 0, Batch: 0, Merge: 0 },
    },
    context: {
      Execution: { Id: `exec-${name}`, Name: name, StartTime: '' },
    },
  });
  return (await run.result) as unknown as BacktestOutput;
}
