import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAGE_CONFIGS } from '../../../infra/stages.ts';
import { buildStage } from '../build-stage.ts';

let template: Template;
beforeAll(() => {
  const { stacks } = buildStage({ bundle: false, stage: STAGE_CONFIGS.prod });
  template = Template.fromStack(stacks.alerting);
});

describe('AlertingStack: errors the state machines retry', () => {
  it.each([
    ['rollup', 'RollupsLakeBeingRead'],
    ['backtest', 'BacktestPlansLakeLocked'],
    ['plan', 'RunPlansLakeLocked'],
  ])(
    "alarms on the %s's errors but its stops on the lake's lock, which the state machine retries (%s)",
    (step, counted) => {
      // Act
      const alarms = template.findResources('AWS::CloudWatch::Alarm', {
        Properties: { AlarmName: `headroom-prod-${step}-errors` },
      });
      const [alarm] = Object.values(alarms);
      const props = alarm?.Properties;
      const stat = (name: string) =>
        props.Metrics.find(
          (m: { MetricStat?: { Metric: { MetricName: string } } }) =>
            m.MetricStat?.Metric.MetricName === name,
        )?.MetricStat;
      const expression = props.Metrics.find(
        (m: { Expression?: string }) => m.Expression,
      );

      // Assess: each LakeBeingReadError (LakeLockedError) was a Lambda
      // error, and paged
      expect(Object.keys(alarms)).toHaveLength(1);
      expect(stat('Errors')?.Metric.Dimensions).toEqual([
        { Name: 'FunctionName', Value: `headroom-prod-${step}` },
      ]);
      expect(stat(counted)?.Metric).toMatchObject({
        Namespace: 'Headroom',
        Dimensions: [
          { Name: 'FunctionName', Value: `headroom-prod-${step}` },
          { Name: 'service', Value: 'headroom' },
        ],
      });
      expect(expression.Expression).toBe('FILL(errors, 0) - FILL(retried, 0)');
      expect(props).toMatchObject({
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [expect.anything()],
      });
    },
  );
});
