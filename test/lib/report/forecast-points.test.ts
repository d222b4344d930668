import { describe, expect, it } from 'vitest';
import { buildForecastPoints } from '#lib/report/forecast-points';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

describe('buildForecastPoints', () => {
  it('keeps mean and decision bounds at +30/60/90 days per series', () => {
    // Prepare
    const input = fixtureInput();
    // Act
    const points = buildForecastPoints(input);
    const lhr = points.series.find((s) => s.key === 'Acme Telecom/LHR1/pni')!;
    const mean = input.series[0]!.forecast.mean;
    // Assess
    expect(points).toMatchObject({
      runId: 'run-2026-11-26',
      asOf: '2026-11-26',
      decisionLevel: 80,
    });
    expect(points.series).toHaveLength(7);
    expect(lhr.isp).toBe('Acme Telecom');
    expect(lhr.points.map((p) => [p.horizonDays, p.targetDate])).toEqual([
      [30, '2026-12-26'],
      [60, '2027-01-25'],
      [90, '2027-02-24'],
    ]);
    expect(lhr.points[0]!.meanBps).toBe(mean[30]);
    expect(lhr.points[0]!.lowerBps).toBeLessThan(lhr.points[0]!.meanBps);
  });
});
