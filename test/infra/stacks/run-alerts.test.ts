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

describe('run alerts', () => {
  it('sends failed, timed-out and aborted runs to the operations topic', () => {
    // Act
    const [rule] = Object.values(template.findResources('AWS::Events::Rule'));
    // Assess
    expect(rule?.Properties.EventPattern).toMatchObject({
      source: ['aws.states'],
      'detail-type': ['Step Functions Execution Status Change'],
      detail: {
        status: ['FAILED', 'TIMED_OUT', 'ABORTED'],
        stateMachineArn: [{ prefix: expect.anything() }],
      },
    });
    expect(JSON.stringify(rule?.Properties.Targets)).toContain(
      '"Ref":"Operations',
    );
    expect(JSON.stringify(rule?.Properties.Targets)).toContain(
      '$.detail.cause',
    );
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
    const backtest = rules.find((r) =>
      JSON.stringify(r.Properties.EventPattern).includes(
        'headroom-prod-backtest',
      ),
    );
    // Assess
    expect(rules).toHaveLength(2);
    expect(backtest?.Properties.EventPattern.detail.status).toEqual([
      'FAILED',
      'TIMED_OUT',
      'ABORTED',
    ]);
    expect(JSON.stringify(backtest?.Properties.Targets)).toContain(
      'Headroom backtest ',
    );
    for (const ending of ['Failed', 'TimedOut', 'Aborted']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: `Executions${ending}`,
        Dimensions: [{ Name: 'StateMachineArn', Value: arnOf('backtest') }],
        AlarmActions: [Match.anyValue()],
      });
    }
  });
});
