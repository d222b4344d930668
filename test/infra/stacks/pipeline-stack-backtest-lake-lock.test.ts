import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLOCK_SKEW_MS } from '#lib/pipeline/with-run-lock';
import { stateMachineDefinition } from '../../helpers/state-machine-definition.ts';
import { expectPlanLakeRetry } from '../plan-lake-retry.ts';
import type { Retrier } from '../retrier-waits.ts';
import { stackTemplate } from '../stack-template.ts';

let template: Template;
let states: Record<string, { Retry?: Retrier[] }>;
beforeAll(() => {
  template = stackTemplate('pipeline');
  const definition = stateMachineDefinition(template, {}, 'backtest');
  states = definition.States as typeof states;
});

/** A function's timeout in the template, in seconds, by its name. */
function timeoutOf(name: string): number {
  const functions = template.findResources('AWS::Lambda::Function', {
    Properties: { FunctionName: name },
  });
  const found = Object.values(functions);
  expect(found, name).toHaveLength(1);
  return found[0]!.Properties.Timeout;
}

describe("PipelineStack: the backtest state machine and the lake's lock", () => {
  it("retries a plan that could not get the lake's lock until a reader's lease and a rollup's lock after it must have expired", () => {
    // Act
    const retry = states.Plan?.Retry ?? [];
    // The longest a rollup holds the lake: until its invocation must
    // have ended (its timeout), and the clock skew its lock adds; before
    // it, it holds off new readers while a plan's lease (a reader's, up
    // to the plan's timeout) runs out
    const rollupHold = timeoutOf('headroom-dev-rollup') + CLOCK_SKEW_MS / 1000;
    const readerHold = timeoutOf('headroom-dev-plan') + CLOCK_SKEW_MS / 1000;

    // Assess: that error alone; its waits alone outlast the two holds
    expectPlanLakeRetry(retry, readerHold + rollupHold);
  });

  it("retries no other step of the backtest on the lake's lock, nor on any lock", () => {
    // Act: every retrier of the top level and of the batches' processor
    const map = states.Batches as { ItemProcessor: { States: typeof states } };
    const all = { ...states, ...map.ItemProcessor.States };
    const onLocks = Object.entries(all)
      .filter(([, s]) => JSON.stringify(s.Retry ?? []).includes('Lock'))
      .map(([name]) => name);

    // Assess: RunLockedError (the lake read, or the store) fails it
    expect(onLocks).toEqual(['Plan']);
    expect(JSON.stringify(states.Plan?.Retry)).not.toContain('RunLocked');
  });
});
