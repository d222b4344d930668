import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { describe, expect, it } from 'vitest';
import { functionMetrics } from '#lib/wiring/function-metrics';
import { metricLines } from '../../functions/metric-lines.ts';

/** The metric lines of one count published by `functionMetrics(env)`. */
function countOnce(env: Record<string, string>) {
  return metricLines(async () => {
    const metrics = functionMetrics(env);
    metrics.addMetric('NotificationsFailed', MetricUnit.Count, 1);
    metrics.publishStoredMetrics();
  });
}

describe('functionMetrics', () => {
  it("counts under the function's name, so a stage's alarm reads its own", async () => {
    // Act
    const lines = await countOnce({
      AWS_LAMBDA_FUNCTION_NAME: 'headroom-prod-publish',
    });

    // Assess: the alarm's dimensions (notificationFailedAlarm)
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      NotificationsFailed: 1,
      service: 'headroom',
      FunctionName: 'headroom-prod-publish',
    });
    const [set] = (
      lines[0] as { _aws: { CloudWatchMetrics: [{ Dimensions: string[][] }] } }
    )._aws.CloudWatchMetrics[0].Dimensions;
    expect([...set!].sort()).toEqual(['FunctionName', 'service']);
  });

  it('counts under service alone outside Lambda', async () => {
    // Act
    const lines = await countOnce({});

    // Assess
    expect(lines[0]).toMatchObject({ service: 'headroom' });
    expect(lines[0]).not.toHaveProperty('FunctionName');
  });
});
