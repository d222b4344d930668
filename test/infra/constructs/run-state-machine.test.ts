import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAMBDA_SERVICE_ERRORS } from '../../../infra/constructs/invoke-lambda.ts';
import { STAGE_CONFIGS } from '../../../infra/stages.ts';
import { stateMachineDefinition } from '../../helpers/state-machine-definition.ts';
import { buildStage } from '../build-stage.ts';

type State = Record<string, unknown> & {
  Retry?: { ErrorEquals: string[] }[];
  Catch?: { ErrorEquals: string[]; Next: string }[];
};
let template: Template;
let states: Record<string, State>;
let processor: Record<string, State>;
beforeAll(() => {
  template = Template.fromStack(buildStage({ bundle: false }).stacks.pipeline);
  const definition = stateMachineDefinition(template);
  states = definition.States as Record<string, State>;
  const map = states.Shards as { ItemProcessor: { States: typeof states } };
  processor = map.ItemProcessor.States;
});

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

  it('runs lock, rollup, plan, shards and publish in order', () => {
    // Act
    const order = ['LockRun'];
    for (let at = 'LockRun'; states[at]?.Next; ) {
      at = String(states[at]?.Next);
      order.push(at);
    }
    // Assess
    expect(order).toEqual(['LockRun', 'Rollup', 'Plan', 'Shards', 'Publish']);
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
    for (const task of tasks) {
      expect(task.Retry).toEqual([
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

  it('locks the as-of date with a create-only S3 write', () => {
    // Assess
    expect(states.LockRun).toMatchObject({
      Resource: expect.stringMatching(/:states:::aws-sdk:s3:putObject$/),
      Parameters: {
        'Key.$': "States.Format('locks/run-{}.lock', $.asOf)",
        IfNoneMatch: '*',
      },
    });
    expect(states.TodayUtc).toMatchObject({
      Parameters: {
        'asOf.$': expect.stringContaining('$$.Execution.StartTime'),
      },
    });
  });

  it('reads the lock on any failure to take it and decides by its holder', () => {
    // Assess
    expect(states.LockRun?.Catch).toEqual([
      {
        ErrorEquals: ['States.ALL'],
        ResultPath: '$.lockError',
        Next: 'ReadLock',
      },
    ]);
    expect(states.ReadLock).toMatchObject({
      Resource: expect.stringMatching(/:states:::aws-sdk:s3:getObject$/),
      Parameters: { 'Key.$': "States.Format('locks/run-{}.lock', $.asOf)" },
      ResultSelector: { 'holder.$': '$.Body' },
      ResultPath: '$.lock',
      Next: 'LockSelf',
      Catch: [
        { ErrorEquals: ['States.ALL'], ResultPath: null, Next: 'LockFailed' },
      ],
    });
    // The execution's id comes in through a Pass's Parameters, so that
    // the Choice compares two paths of the state.
    expect(states.LockSelf).toEqual({
      Type: 'Pass',
      Parameters: { 'id.$': '$$.Execution.Id' },
      ResultPath: '$.lockSelf',
      Next: 'LockHolder',
    });
    expect(states.LockHolder).toEqual({
      Type: 'Choice',
      Choices: [
        {
          Variable: '$.lock.holder',
          StringEqualsPath: '$.lockSelf.id',
          Next: 'Rollup',
        },
      ],
      Default: 'SkipDuplicate',
    });
    expect(states.SkipDuplicate).toMatchObject({
      Type: 'Pass',
      Parameters: {
        'skipped.$': expect.stringContaining(
          "States.Format('locks/run-{}.lock is held by {}: this date has run",
        ),
      },
      Next: 'Skipped',
    });
    expect(states.Skipped).toEqual({ Type: 'Succeed' });
    // No lock of its own: nothing to release, the write's error stands.
    expect(states.LockFailed).toEqual({
      Type: 'Fail',
      ErrorPath: '$.lockError.Error',
      CausePath: '$.lockError.Cause',
    });
  });

  it('releases the lock and fails when a stage fails', () => {
    // Assess
    for (const name of ['Rollup', 'Plan', 'Shards', 'Publish']) {
      expect(states[name]?.Catch).toEqual([
        expect.objectContaining({
          ErrorEquals: ['States.ALL'],
          Next: 'ReleaseLock',
        }),
      ]);
    }
    expect(states.ReleaseLock).toMatchObject({
      Resource: expect.stringMatching(/:states:::aws-sdk:s3:deleteObject$/),
      Next: 'RunFailed',
    });
    expect(states.RunFailed).toMatchObject({
      Type: 'Fail',
      ErrorPath: '$.failure.Error',
    });
  });

  it('starts the state machine daily at the stage hour and time zone', () => {
    // Assess
    template.resourceCountIs('AWS::Scheduler::Schedule', 1);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(15 3 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/London',
      Target: Match.objectLike({
        Arn: { Ref: Match.stringLikeRegexp('^RunStateMachine') },
        Input: '{}',
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }),
      }),
    });
  });

  it('lets the state machine read shard lists and hold locks, nothing more', () => {
    // Act
    const [policy] = Object.entries(
      template.findResources('AWS::IAM::Policy'),
    ).filter(([id]) => id.startsWith('RunStateMachineRoleDefaultPolicy'));
    const statements = JSON.stringify(policy?.[1].Properties);
    const lockReads = policy?.[1].Properties.PolicyDocument.Statement.filter(
      (statement: { Action: unknown }) => statement.Action === 's3:getObject',
    );
    // Assess
    expect(statements).toContain('"s3:putObject"');
    expect(statements).toContain('"s3:deleteObject"');
    // The lock check reads the locks only.
    expect(lockReads).toHaveLength(1);
    expect(JSON.stringify(lockReads[0].Resource)).toMatch(
      /"\/locks\/\*"\]\]\}$/,
    );
    expect(statements).toContain('/locks/*');
    expect(statements).toContain('/runs/*');
    expect(statements).not.toContain('/reports/*');
    expect(statements).not.toContain('/state/*');
  });
});
