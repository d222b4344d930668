import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { stateMachineDefinition } from '../../helpers/state-machine-definition.ts';
import { buildStage } from '../build-stage.ts';

let template: Template;
beforeAll(() => {
  template = Template.fromStack(buildStage({ bundle: false }).stacks.pipeline);
});

describe('PipelineStack: the backtest state machine', () => {
  it('fans the backtest out: plan, then a Distributed Map over the batches, 10 at a time, no failure tolerated, then merge', () => {
    // Act
    const definition = stateMachineDefinition(template, {}, 'backtest');
    const { States: states } = definition;
    // Assess
    expect(definition.StartAt).toBe('Plan');
    expect(definition.TimeoutSeconds).toBe(3 * 3600);
    expect(states.Plan?.Parameters).toEqual({
      step: 'plan',
      'execution.$': '$$.Execution.Name',
      'input.$': '$',
    });
    expect(states.PlannedOrSkipped).toMatchObject({
      Choices: [
        { Variable: '$.plan.skipped', IsPresent: true, Next: 'Skipped' },
      ],
      Default: 'Batches',
    });
    expect(states.Batches).toMatchObject({
      Type: 'Map',
      MaxConcurrency: 10,
      ToleratedFailurePercentage: 0,
      ItemReader: {
        Parameters: {
          'Bucket.$': '$.plan.batchList.bucket',
          'Key.$': '$.plan.batchList.key',
        },
      },
      ItemSelector: {
        'backtestId.$': '$.plan.backtestId',
        'batch.$': '$$.Map.Item.Value.batch',
      },
      Next: 'Merge',
    });
    const processor = states.Batches?.ItemProcessor as {
      States: Record<string, { Parameters?: unknown }>;
    };
    expect(processor.States.Batch?.Parameters).toEqual({
      step: 'batch',
      'backtestId.$': '$.backtestId',
      'batch.$': '$.batch',
    });
    expect(states.Merge?.Parameters).toEqual({
      step: 'merge',
      'backtestId.$': '$.plan.backtestId',
    });
  });

  it('may read the batch lists under runs/ for its Distributed Map', () => {
    // Act
    const policies = Object.entries(
      template.findResources('AWS::IAM::Policy'),
    ).filter(([id]) => id.startsWith('BacktestMachineStateMachineRole'));
    // Assess
    expect(JSON.stringify(policies)).toContain('/runs/*');
    expect(JSON.stringify(policies)).not.toContain('state/');
  });
});
