import type { Template } from 'aws-cdk-lib/assertions';
import { stateMachineDefinition } from '../../helpers/state-machine-definition.ts';
import { stackTemplate } from '../stack-template.ts';

/** A state of the run's definition, with its retries and catches. */
export type State = Record<string, unknown> & {
  Retry?: { ErrorEquals: string[] }[];
  Catch?: { ErrorEquals: string[]; Next: string }[];
};

/**
 * The pipeline stack's template and its run state machine's states: the
 * top level's and those of the shard Map's item processor.
 *
 * @returns the template, the states and the processor's states
 * @example
 * const { states } = runStateMachine();
 */
export function runStateMachine(): {
  template: Template;
  states: Record<string, State>;
  processor: Record<string, State>;
} {
  const template = stackTemplate('pipeline');
  const definition = stateMachineDefinition(template);
  const states = definition.States as Record<string, State>;
  const map = states.Shards as { ItemProcessor: { States: typeof states } };
  return { template, states, processor: map.ItemProcessor.States };
}
