import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAGE_CONFIGS } from '../../../infra/stages.ts';
import { buildStage } from '../build-stage.ts';

let template: Template;
beforeAll(() => {
  const { stacks } = buildStage({ bundle: false, stage: STAGE_CONFIGS.prod });
  template = Template.fromStack(stacks.alerting);
});

/** A state machine's ARN as the alerting stack formats it. */
const arnOf = (machine: 'run' | 'backtest') => ({
  'Fn::Join': [
    '',
    Match.arrayWith([
      `:states:${STAGE_CONFIGS.prod.region}:`,
      `:stateMachine:headroom-prod-${machine}`,
    ]),
  ],
});
const ARN = arnOf('run');

/** The EventBridge rule with this logical id prefix, e.g. `RunFailed`. */
function ruleFor(machine: 'run' | 'backtest', kind: 'Failed' | 'ItemFailed') {
  const rules = template.findResources('AWS::Events::Rule');
  const id = `${machine[0]!.toUpperCase()}${machine.slice(1)}${kind}`;
  const [rule] = Object.entries(rules)
    .filter(([logicalId]) => logicalId.startsWith(id))
    .map(([, r]) => r.Properties);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

describe('run alerts', () => {
  it('sends failed, timed-out and aborted runs to the operations topic', () => {
    // Act
    const rule = ruleFor('run', 'Failed');
    // Assess
    expect(rule.EventPattern).toEqual({
      source: ['aws.states'],
      'detail-type': ['Step Functions Execution Status Change'],
      detail: {
        status: ['FAILED', 'TIMED_OUT', 'ABORTED'],
        stateMachineArn: [
          expect.objectContaining({ 'Fn::Join': expect.anything() }),
        ],
      },
    });
    // The run's own executions only: its exact ARN, not its children's
    expect(JSON.stringify(rule.EventPattern.detail.stateMachineArn)).toMatch(
      /:stateMachine:headroom-prod-run"\]\]\}\]$/,
    );
    expect(JSON.stringify(rule.Targets)).toContain('"Ref":"Operations');
    expect(JSON.stringify(rule.Targets)).toContain('$.detail.cause');
    expect(rule.Targets[0].InputTransformer.InputTemplate).toMatch(
      /\. What to do: docs\/runbook\.md, entry run-failed, run-timedout or run-aborted"$/,
    );
  });

  it("sends a shard's failure, but not the siblings Step Functions aborts after it", () => {
    // Act
    const rule = ruleFor('run', 'ItemFailed');
    const [{ prefix }] = rule.EventPattern.detail.stateMachineArn;
    // Assess: the children's ARN is the parent's plus `/<map run>`
    expect(rule.EventPattern.detail.status).toEqual(['FAILED', 'TIMED_OUT']);
    expect(JSON.stringify(prefix)).toContain(
      ':stateMachine:headroom-prod-run/',
    );
    expect(JSON.stringify(rule.Targets)).toContain('$.detail.cause');
  });

  it('lets EventBridge encrypt with the topic key', () => {
    // Act
    const [key] = Object.values(template.findResources('AWS::KMS::Key'));
    const statements = key?.Properties.KeyPolicy.Statement;
    // Assess
    expect(statements).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'events.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      }),
    );
  });

  it('alarms on failed, timed-out and aborted executions', () => {
    // Assess
    for (const ending of ['Failed', 'TimedOut', 'Aborted']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/States',
        MetricName: `Executions${ending}`,
        Dimensions: [{ Name: 'StateMachineArn', Value: ARN }],
        Threshold: 1,
        AlarmActions: [Match.anyValue()],
      });
    }
  });

  it('alerts on the monthly backtest state machine the same way', () => {
    // Act
    const rules = Object.values(template.findResources('AWS::Events::Rule'));
    const backtest = ruleFor('backtest', 'Failed');
    const batches = ruleFor('backtest', 'ItemFailed');
    // Assess
    expect(rules).toHaveLength(4);
    expect(JSON.stringify(backtest.EventPattern)).toContain(
      'headroom-prod-backtest"',
    );
    expect(backtest.EventPattern.detail.status).toEqual([
      'FAILED',
      'TIMED_OUT',
      'ABORTED',
    ]);
    expect(JSON.stringify(batches.EventPattern)).toContain(
      'headroom-prod-backtest/',
    );
    expect(batches.EventPattern.detail.status).toEqual(['FAILED', 'TIMED_OUT']);
    expect(JSON.stringify(backtest.Targets)).toContain('Headroom backtest ');
    for (const ending of ['Failed', 'TimedOut', 'Aborted']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: `Executions${ending}`,
        Dimensions: [{ Name: 'StateMachineArn', Value: arnOf('backtest') }],
        AlarmActions: [Match.anyValue()],
      });
    }
  });
});
