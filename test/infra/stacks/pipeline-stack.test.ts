import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { stackTemplate } from '../stack-template.ts';

let template: Template;
beforeAll(() => {
  template = stackTemplate('pipeline');
});

describe('PipelineStack', () => {
  it('sizes and names one function per stage and passes the resources', () => {
    // Prepare
    const sizes = {
      rollup: 512,
      plan: 1024,
      shard: 1769,
      publish: 2048,
      backtest: 1769,
    };
    // Assess
    for (const [step, memory] of Object.entries(sizes)) {
      template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: `headroom-dev-${step}`,
        MemorySize: memory,
        Timeout: 900,
        Environment: {
          Variables: Match.objectLike({
            HEADROOM_WORKGROUP: 'headroom-dev',
            HEADROOM_DATABASE: 'headroom_dev',
            HEADROOM_LAKE_BUCKET: Match.anyValue(),
            HEADROOM_REPORT_BUCKET: Match.anyValue(),
            POWERTOOLS_SERVICE_NAME: 'headroom',
          }),
        },
        LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }),
      });
    }
    template.resourceCountIs('AWS::Lambda::Function', 5);
  });

  it('retries no async invocation and sends it nowhere (the state machine retries; the backtest alarms)', () => {
    // Act
    const configs = Object.values(
      template.findResources('AWS::Lambda::EventInvokeConfig'),
    ).map((c) => c.Properties);
    // Assess
    expect(configs).toHaveLength(5);
    for (const config of configs) {
      expect(config.MaximumRetryAttempts).toBe(0);
      expect(config.DestinationConfig).toBeUndefined();
    }
  });

  it('ships no source maps unless asked', () => {
    // Act
    const functions = Object.values(
      template.findResources('AWS::Lambda::Function'),
    );
    // Assess
    for (const fn of functions) {
      const variables = fn.Properties.Environment.Variables;
      expect(variables.NODE_OPTIONS).toBeUndefined();
    }
  });

  it('keeps every log group to the stage retention', () => {
    // Assess: five functions' and the two state machines'.
    template.resourceCountIs('AWS::Logs::LogGroup', 7);
    template.allResourcesProperties('AWS::Logs::LogGroup', {
      RetentionInDays: 14,
    });
  });
});
