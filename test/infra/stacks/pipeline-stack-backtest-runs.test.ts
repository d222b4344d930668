import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAGE_CONFIGS } from '../../../infra/stages.ts';
import { stateMachineDefinition } from '../../helpers/state-machine-definition.ts';
import { buildStage } from '../build-stage.ts';
import { stackTemplate } from '../stack-template.ts';

let template: Template;
beforeAll(() => {
  template = stackTemplate('pipeline');
});

describe('PipelineStack: the backtest', () => {
  it('runs on the 2nd of each month, with {}, only after the latest end of the daily run', () => {
    // Prepare
    const { runHour, timeZone } = STAGE_CONFIGS.dev;
    const timeout = Number(stateMachineDefinition(template).TimeoutSeconds);
    // Act
    const schedules = Object.values(
      template.findResources('AWS::Scheduler::Schedule'),
    ).map((s) => s.Properties);
    const monthly = schedules.find((s) =>
      JSON.stringify(s.Target.Arn).includes('BacktestMachineStateMachine'),
    );
    const daily = schedules.find((s) => s !== monthly);
    // Assess: the run starts up to its maxEventAge late, is cut off after
    // its timeout, and its last Lambda may run on 15 minutes more.
    const lateStart = daily?.Target.RetryPolicy.MaximumEventAgeInSeconds;
    expect([lateStart, timeout]).toEqual([3600, 7200]);
    const runEnd = runHour * 3600 + lateStart + timeout + 15 * 60;
    const hour = Number(monthly?.ScheduleExpression.split(' ')[1]);
    expect(hour * 3600).toBeGreaterThan(runEnd);
    expect(monthly).toMatchObject({
      Name: 'headroom-dev-backtest',
      ScheduleExpression: `cron(15 ${runHour + 4} 2 * ? *)`,
      ScheduleExpressionTimezone: timeZone,
      Target: { Input: '{}' },
    });
    expect(monthly?.Target.RetryPolicy.MaximumRetryAttempts).toBe(2);
  });

  it('runs past midnight after a late daily run, never before it', () => {
    // Prepare
    const stage = { ...STAGE_CONFIGS.dev, runHour: 22 };
    // Act
    const late = Template.fromStack(
      buildStage({ bundle: false, stage }).stacks.pipeline,
    );
    // Assess
    late.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(15 2 2 * ? *)',
    });
  });

  it('gives the backtest the longest timeout and a full vCPU', () => {
    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'headroom-dev-backtest',
      Handler: 'index.handler',
      MemorySize: 1769,
      Timeout: 900,
    });
  });
});
