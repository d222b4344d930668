import { describe, expect, it } from 'vitest';
import type { DailySeries } from '#lib/domain/series';
import { computeAccuracy } from '#lib/report/accuracy';

describe('computeAccuracy', () => {
  const past = {
    runId: 'r0',
    asOf: '2026-08-01',
    decisionLevel: 80,
    series: [
      {
        level: 'isp' as const,
        key: 'Acme',
        isp: 'Acme',
        points: [
          {
            horizonDays: 30,
            targetDate: '2026-08-31',
            meanBps: 110,
            lowerBps: 100,
            upperBps: 120,
          },
          {
            horizonDays: 60,
            targetDate: '2026-09-30',
            meanBps: 120,
            lowerBps: 105,
            upperBps: 130,
          },
          {
            horizonDays: 90,
            targetDate: '2026-10-30',
            meanBps: 130,
            lowerBps: 110,
            upperBps: 140,
          },
        ],
      },
      { level: 'isp' as const, key: 'Gone', isp: 'Gone', points: [] },
    ],
  };
  const actual = (values: number[]): DailySeries => ({
    level: 'isp',
    key: 'Acme',
    start: '2026-08-31',
    values,
    capacity: values.map(() => Number.NaN),
  });

  it('compares each point with the actual on its target date, above the upper bound or not', () => {
    // Prepare: inside, above the upper bound, below the lower one.
    const values = Array.from({ length: 61 }, () => Number.NaN);
    values[0] = 100;
    values[30] = 150;
    values[60] = 100;
    // Act
    const rows = computeAccuracy([past], [actual(values)]);
    // Assess
    expect(rows).toEqual([
      {
        level: 'isp',
        key: 'Acme',
        isp: 'Acme',
        forecastAsOf: '2026-08-01',
        horizonDays: 30,
        targetDate: '2026-08-31',
        meanBps: 110,
        lowerBps: 100,
        upperBps: 120,
        boundLevel: 80,
        actualBps: 100,
        errorPct: 10,
        inInterval: true,
        aboveUpper: false,
      },
      {
        level: 'isp',
        key: 'Acme',
        isp: 'Acme',
        forecastAsOf: '2026-08-01',
        horizonDays: 60,
        targetDate: '2026-09-30',
        meanBps: 120,
        lowerBps: 105,
        upperBps: 130,
        boundLevel: 80,
        actualBps: 150,
        errorPct: -20,
        inInterval: false,
        aboveUpper: true,
      },
      {
        level: 'isp',
        key: 'Acme',
        isp: 'Acme',
        forecastAsOf: '2026-08-01',
        horizonDays: 90,
        targetDate: '2026-10-30',
        meanBps: 130,
        lowerBps: 110,
        upperBps: 140,
        boundLevel: 80,
        actualBps: 100,
        errorPct: 30,
        inInterval: false,
        aboveUpper: false,
      },
    ]);
  });

  it('records with each point the level its run kept its bounds at', () => {
    // Prepare: the same forecasts, one run made when the level was 95%.
    const values = Array.from({ length: 61 }, () => 100);
    const at95 = {
      ...past,
      runId: 'r1',
      asOf: '2026-08-02',
      decisionLevel: 95,
    };
    // Act
    const rows = computeAccuracy([past, at95], [actual(values)]);
    // Assess
    expect(rows.map((r) => [r.forecastAsOf, r.boundLevel])).toEqual([
      ['2026-08-01', 80],
      ['2026-08-01', 80],
      ['2026-08-01', 80],
      ['2026-08-02', 95],
      ['2026-08-02', 95],
      ['2026-08-02', 95],
    ]);
  });

  it('leaves out points without an actual yet, missing days and unknown series', () => {
    // Prepare
    const values = [Number.NaN, 0];
    // Act
    const rows = computeAccuracy([past], [actual(values)]);
    // Assess
    expect(rows).toEqual([]);
  });
});
