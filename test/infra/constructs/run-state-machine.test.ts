import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { LAMBDA_SERVICE_ERRORS } from '../../../infra/constructs/invoke-lambda.ts';
import { STAGE_CONFIGS } from '../../../infra/stages.ts';
import { runStateMachine, type State } from './run-state-machine-fixture.ts';

const { template, states, processor } = runStateMachine();

describe('RunStateMachine', () => {
  it('is a Standard state machine, logged in full and traced', () => {
    // Assess
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineName: 'headroom-dev-run',
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: 'ALL' }),
    });
  });

  it('runs rollup, plan, shards and publish in order', () => {
    // Act: through the lock's choice, on its way when the date is this run's
    const order = ['Rollup'];
    for (let at = 'Rollup'; at !== 'Publish'; ) {
      const state = states[at];
      at = String(state?.Next ?? state?.Default);
      order.push(at);
    }
    // Assess
    expect(order).toEqual(['Rollup', 'DateHeld', 'Plan', 'Shards', 'Publish']);
    expect(states.Publish?.End).toBe(true);
  });

  it('maps the plan shard list from S3 with the configured concurrency', () => {
    // Assess
    expect(states.Shards).toMatchObject({
      Type: 'Map',
      ItemReader: {
        Resource: expect.stringMatching(/:states:::s3:getObject$/),
        ReaderConfig: { InputType: 'JSON' },
        Parameters: {
          'Bucket.$': '$.plan.shardList.bucket',
          'Key.$': '$.plan.shardList.key',
        },
      },
      ItemSelector: {
        'runId.$': '$.plan.runId',
        'shard.$': '$$.Map.Item.Value.shard',
      },
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
      },
      MaxConcurrency: STAGE_CONFIGS.dev.maxConcurrency,
      ToleratedFailurePercentage: 0,
    });
  });

  it('retries only Lambda throttling and service errors, with back-off', () => {
    // Act
    const tasks = [
      states.Rollup,
      states.Plan,
      states.Publish,
      processor.Shard,
    ] as State[];
    // Assess
    // (the rollup also on a plan's hold of the lake: its own test file)
    for (const task of tasks) {
      expect(task.Retry?.slice(0, 1)).toEqual([
        expect.objectContaining({
          ErrorEquals: LAMBDA_SERVICE_ERRORS,
          BackoffRate: 2,
          JitterStrategy: 'FULL',
        }),
      ]);
    }
    for (const task of tasks) expect(task.TimeoutSeconds).toBe(960);
    expect(LAMBDA_SERVICE_ERRORS).not.toContain('States.Timeout');
    expect(LAMBDA_SERVICE_ERRORS).not.toContain('States.ALL');
  });

  it('fails a run on a failed shard, naming the shard', () => {
    // Assess
    expect(processor.Shard?.Catch).toEqual([
      expect.objectContaining({
        ErrorEquals: ['States.ALL'],
        Next: 'NameFailedShard',
      }),
    ]);
    expect(JSON.stringify(processor.NameFailedShard)).toContain(
      "States.Format('shard {} of run {} failed: {}', $.shard",
    );
    expect(processor.ShardFailed).toMatchObject({
      Type: 'Fail',
      CausePath: '$.Cause',
    });
  });

  it('starts the state machine daily at the stage hour and time zone', () => {
    // Act: the stack's other schedule is the monthly backtest's.
    const starts = Object.values(
      template.findResources('AWS::Scheduler::Schedule'),
    ).filter((s) =>
      JSON.stringify(s.Properties.Target.Arn).includes('RunStateMachine'),
    );
    // Assess
    expect(starts).toHaveLength(1);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      Name: 'headroom-dev-run',
      ScheduleExpression: 'cron(15 3 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/London',
      Target: Match.objectLike({
        Arn: { Ref: Match.stringLikeRegexp('^RunStateMachine') },
        Input: '{}',
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }),
      }),
    });
  });

  it('lets the state machine read shard lists and read and release locks, nothing more', () => {
    // Act
    const [policy] = Object.entries(
      template.findResources('AWS::IAM::Policy'),
    ).filter(([id]) => id.startsWith('RunStateMachineRoleDefaultPolicy'));
    const statements = JSON.stringify(policy?.[1].Properties);
    const s3Actions = policy?.[1].Properties.PolicyDocument.Statement.filter(
      (statement: { Action: unknown }) =>
        String(statement.Action).startsWith('s3:'),
    );
    // Assess: the rollup Lambda takes the lock; the machine reads its
    // holder and deletes its own
    expect(
      s3Actions.map((s: { Action: string; Resource: unknown }) => [
        s.Action,
        JSON.stringify(s.Resource).match(/\/(\w+)\/\*"\]\]\}$/)?.[1],
      ]),
    ).toEqual([
      ['s3:getObject', 'locks'],
      ['s3:deleteObject', 'locks'],
      ['s3:GetObject', 'runs'],
    ]);
    expect(statements).toContain('/runs/*');
    expect(statements).not.toContain('/reports/*');
    expect(statements).not.toContain('/state/*');
  });
});
