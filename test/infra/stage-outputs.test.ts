import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HeadroomStacks } from '../../infra/app.ts';
import { buildStage } from './build-stage.ts';

let templates: Record<keyof HeadroomStacks, Template>;
beforeAll(() => {
  const { stacks } = buildStage({ bundle: false });
  templates = {
    reportWaf: Template.fromStack(stacks.reportWaf),
    data: Template.fromStack(stacks.data),
    alerting: Template.fromStack(stacks.alerting),
    pipeline: Template.fromStack(stacks.pipeline),
  };
});

/** The logical id of the one resource of a type whose property matches. */
function logicalId(
  template: Template,
  type: string,
  property: string,
  pattern: RegExp,
): string {
  const found = Object.entries(template.findResources(type)).filter(([, r]) =>
    pattern.test(JSON.stringify(r.Properties[property])),
  );
  expect(found).toHaveLength(1);
  return found[0]![0];
}

/** An output's value, by its id. */
function outputValue(template: Template, id: string): unknown {
  return template.findOutputs(id)[id]?.Value;
}

describe('stage outputs', () => {
  it('names the lake and report buckets the README uploads to', () => {
    // Prepare
    const data = templates.data;
    const bucket = (name: RegExp) =>
      logicalId(data, 'AWS::S3::Bucket', 'BucketName', name);
    // Act
    const lake = outputValue(data, 'LakeBucketName');
    const reports = outputValue(data, 'ReportBucketName');
    // Assess
    expect(lake).toEqual({ Ref: bucket(/headroom-dev-lake-/) });
    expect(reports).toEqual({ Ref: bucket(/headroom-dev-reports-/) });
    expect(outputValue(data, 'AthenaWorkGroup')).toBe('headroom-dev');
  });

  it("gives the latest report's URL on the distribution", () => {
    // Act
    const url = JSON.stringify(outputValue(templates.data, 'ReportUrl'));
    // Assess
    expect(url).toMatch(/^\{"Fn::Join":\["",\["https:\/\/",/);
    expect(url).toContain('DomainName');
    expect(url).toContain('/reports/latest/index.html');
  });

  it('gives the ARNs of both state machines and both topics', () => {
    // Prepare
    const { pipeline, alerting } = templates;
    const named =
      (template: Template, type: string, property: string) => (name: string) =>
        logicalId(template, type, property, new RegExp(`^"${name}"$`));
    const machine = named(
      pipeline,
      'AWS::StepFunctions::StateMachine',
      'StateMachineName',
    );
    const topic = named(alerting, 'AWS::SNS::Topic', 'TopicName');
    // Act
    const run = outputValue(pipeline, 'RunStateMachineArn');
    const backtest = outputValue(pipeline, 'BacktestStateMachineArn');
    // Assess
    expect(run).toEqual({ Ref: machine('headroom-dev-run') });
    expect(backtest).toEqual({ Ref: machine('headroom-dev-backtest') });
    expect(outputValue(alerting, 'AlertsTopicArn')).toEqual({
      Ref: topic('headroom-dev-alerts'),
    });
    expect(outputValue(alerting, 'OperationsTopicArn')).toEqual({
      Ref: topic('headroom-dev-operations'),
    });
  });
});
