import { type RunOptions, StateMachine } from 'aws-local-stepfunctions';
import {
  type LocalTask,
  s3Tasks,
  withItemReaderShim,
} from '../helpers/local-state-machine.ts';
import { definition, lambdas, s3 } from './state-machine-fixture.ts';

/** What an execution's output holds (its state after Publish). */
export interface RunOutput {
  readonly asOf: string;
  readonly plan: { readonly runId: string; readonly shardCount: number };
  readonly published: { readonly asOf: string; readonly failed: number };
}
/** A run: as the interpreter returns it, with its output typed. */
type Run = { result: Promise<RunOutput>; abort: () => void };

/**
 * Runs the template's state machine locally with the given task handlers
 * (the S3 states' stand-ins unless `tasks` replaces them) as execution
 * `id`.
 */
export function start(
  input: { asOf: string },
  tasks: Record<string, LocalTask> = lambdas,
  id?: string,
): Run {
  const { deleteObject, getObject, getJson } = s3Tasks(s3.client);
  const machine = new StateMachine(withItemReaderShim(definition));
  const startTime = new Date().toISOString();
  const options: RunOptions = {
    overrides: {
      taskResourceLocalHandlers: {
        ReadLock: getObject,
        ReleaseLock: deleteObject,
        ShardsReadItems: getJson,
        ...tasks,
      } as never,
      // No back-off pauses in tests; the retry itself is the template's.
      retryIntervalOverrides: {
        Shard: 0,
        Rollup: 0,
        Plan: 0,
        Publish: 0,
        ReadLock: 0,
        ReleaseLock: 0,
      },
    },
    context: {
      Execution: {
        Id: id ?? `exec-${startTime}`,
        Name: 'test',
        StartTime: startTime,
      },
    },
  };
  return machine.run(input, options) as unknown as Run;
}
