import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStage } from '../build-stage.ts';

let template: Template;
beforeAll(() => {
  template = Template.fromStack(buildStage({ bundle: false }).stacks.pipeline);
});

/** Every policy statement of the role whose logical id starts with `id`. */
function statementsOf(id: string): Record<string, unknown>[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.entries(policies)
    .filter(([logicalId]) => logicalId.startsWith(id))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
}

describe('PipelineStack', () => {
  it('sizes and names the two functions and passes the resources', () => {
    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'headroom-dev-rollup',
      MemorySize: 512,
      Timeout: 900,
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'headroom-dev-forecast',
      MemorySize: 3008,
      Timeout: 900,
      Environment: {
        Variables: Match.objectLike({
          HEADROOM_WORKGROUP: 'headroom-dev',
          HEADROOM_DATABASE: 'headroom_dev',
          HEADROOM_LAKE_BUCKET: Match.anyValue(),
          HEADROOM_REPORT_BUCKET: Match.anyValue(),
          HEADROOM_ALERTS_TOPIC_ARN: Match.anyValue(),
          POWERTOOLS_SERVICE_NAME: 'headroom',
        }),
      },
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }),
    });
  });

  it('schedules rollup then forecast daily in the stage time zone', () => {
    // Act
    const schedules = Object.values(
      template.findResources('AWS::Scheduler::Schedule'),
    ).map((s) => s.Properties);
    // Assess
    expect(schedules.map((s) => s.ScheduleExpression).sort()).toEqual([
      'cron(15 2 * * ? *)',
      'cron(15 3 * * ? *)',
    ]);
    for (const schedule of schedules) {
      expect(schedule.ScheduleExpressionTimezone).toBe('Europe/London');
      expect(schedule.Target.RetryPolicy.MaximumRetryAttempts).toBe(2);
    }
  });

  it('retries failed invocations twice and sends them to operations', () => {
    // Act
    const configs = template.findResources('AWS::Lambda::EventInvokeConfig');
    // Assess
    expect(Object.keys(configs)).toHaveLength(2);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });

  it('scopes lake access to the workgroup, tables and prefixes', () => {
    // Act
    const rollup = JSON.stringify(statementsOf('RollupRole'));
    // Assess
    expect(rollup).toContain('workgroup/headroom-dev');
    expect(rollup).toContain('table/headroom_dev/traffic');
    expect(rollup).toContain('/series_daily/*');
    expect(rollup).not.toContain('reports/*');
    expect(rollup).not.toContain('ExportsOutputRefAlerts');
  });

  it('lets only the forecast write reports and state and publish alerts', () => {
    // Act
    const forecast = JSON.stringify(statementsOf('ForecastRole'));
    // Assess
    expect(forecast).toContain('/reports/*');
    expect(forecast).toContain('/state/*');
    expect(forecast).toContain('ExportsOutputRefAlerts');
  });

  it('keeps every function log group to the stage retention', () => {
    // Assess
    template.resourceCountIs('AWS::Logs::LogGroup', 2);
    template.allResourcesProperties('AWS::Logs::LogGroup', {
      RetentionInDays: 14,
    });
  });
});
