import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAGE_CONFIGS } from '../../../infra/stages.ts';
import { buildStage } from '../build-stage.ts';

let template: Template;
beforeAll(() => {
  const { stacks } = buildStage({ bundle: false, stage: STAGE_CONFIGS.prod });
  template = Template.fromStack(stacks.alerting);
});

describe('AlertingStack', () => {
  it('encrypts both topics with a rotating KMS key', () => {
    // Act
    const topics = Object.values(template.findResources('AWS::SNS::Topic'));
    // Assess
    expect(topics).toHaveLength(2);
    for (const topic of topics) {
      expect(topic.Properties.KmsMasterKeyId).toBeDefined();
    }
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
    });
  });

  it('subscribes each address with the filter policy of the stage', () => {
    // Assess
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'emea-peering@example.com',
      FilterPolicy: {
        region: ['EMEA'],
        severity: ['warning', 'critical', 'resolved', 'digest'],
      },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Endpoint: 'capacity-planning@example.com',
      FilterPolicy: { owner: ['capacity-planning'] },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Endpoint: 'headroom-ops@example.com',
      FilterPolicy: Match.absent(),
    });
  });

  it('alarms on errors of each function', () => {
    // Assess (the rollup's, the plan's and the backtest's:
    // alerting-stack-retried)
    for (const step of ['shard', 'publish']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: [{ Name: 'FunctionName', Value: `headroom-prod-${step}` }],
        Threshold: 1,
        AlarmActions: [Match.anyValue()],
      });
    }
  });

  it('alarms when no run has published for 26 hours', () => {
    // Act
    const [alarm] = Object.values(
      template.findResources('AWS::CloudWatch::Alarm', {
        Properties: {
          ComparisonOperator: 'LessThanThreshold',
        },
      }),
    );
    const props = alarm?.Properties;
    const period = props.Metrics.find(
      (m: { MetricStat?: unknown }) => m.MetricStat,
    ).MetricStat.Period;
    // Assess
    expect(props.TreatMissingData).toBe('breaching');
    expect(props.EvaluationPeriods * period).toBe(26 * 3600);
    expect(props.DatapointsToAlarm).toBe(props.EvaluationPeriods);
  });

  it('alarms on the bytes Athena scans per day in the workgroup', () => {
    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Threshold: STAGE_CONFIGS.prod.dailyScanAlarmBytes,
      Metrics: Match.arrayWith([
        Match.objectLike({
          MetricStat: {
            Metric: Match.objectLike({
              Namespace: 'AWS/Athena',
              MetricName: 'ProcessedBytes',
              Dimensions: Match.arrayWith([
                { Name: 'WorkGroup', Value: 'headroom-prod' },
              ]),
            }),
            Period: 86400,
            Stat: 'Sum',
          },
        }),
      ]),
    });
  });

  it('alarms when an alert email could not be published', () => {
    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'Headroom',
      MetricName: 'NotificationsFailed',
      // Publish's own: another stage's failures are not this one's.
      Dimensions: [
        { Name: 'FunctionName', Value: 'headroom-prod-publish' },
        { Name: 'service', Value: 'headroom' },
      ],
      Statistic: 'Sum',
      Threshold: 1,
      AlarmActions: Match.anyValue(),
    });
  });

  it.each([
    ['prod', 'Retain'],
    ['dev', 'Delete'],
  ] as const)(
    "keeps the topics' key with the stacks of %s: %s",
    (name, policy) => {
      // Prepare
      const { stacks } = buildStage({
        bundle: false,
        stage: STAGE_CONFIGS[name],
      });
      // Act
      const keys = Template.fromStack(stacks.alerting).findResources(
        'AWS::KMS::Key',
      );
      // Assess
      expect(Object.values(keys).map((k) => k.DeletionPolicy)).toEqual([
        policy,
      ]);
    },
  );
});
