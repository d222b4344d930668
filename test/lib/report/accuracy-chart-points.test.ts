import { describe, expect, it } from 'vitest';
import { accuracyChartPoints } from '#lib/report/accuracy-chart-points';
import type { AccuracyRow } from '#lib/report/accuracy-row';

const ROW: AccuracyRow = {
  level: 'isp',
  key: 'Acme',
  isp: 'Acme',
  forecastAsOf: '2026-08-01',
  horizonDays: 30,
  targetDate: '2026-08-31',
  meanBps: 100e9,
  lowerBps: 90e9,
  upperBps: 110e9,
  actualBps: 100e9,
  errorPct: 0,
  boundLevel: 80,
  inInterval: true,
  aboveUpper: false,
};

describe('accuracyChartPoints', () => {
  it('fits the range to the dots, whiskers within half again past them kept whole', () => {
    // Prepare: dots at 10 and 100 Gbps, whiskers 1.4 times past them
    const rows = [
      { ...ROW, meanBps: 10e9, actualBps: 10e9, lowerBps: 10e9 / 1.4 },
      { ...ROW, upperBps: 140e9 },
    ];

    // Act
    const { points, cuts, diagonal } = accuracyChartPoints(rows);

    // Assess
    expect(diagonal).toEqual([{ v: 10e9 }, { v: 100e9 }]);
    expect(points.map((p) => [p.lo, p.hi])).toEqual([
      [10e9 / 1.4, 110e9],
      [90e9, 140e9],
    ]);
    expect(cuts).toEqual([]);
  });

  it('cuts a whisker running further, or with no lower bound, at 1.5 times past the dots', () => {
    // Prepare: the small ISP's lower bound unknown, the large one's upper 30 times
    const rows = [
      { ...ROW, meanBps: 10e9, actualBps: 10e9, lowerBps: Number.NaN },
      { ...ROW, upperBps: 3e12 },
    ];

    // Act
    const { points, cuts } = accuracyChartPoints(rows);

    // Assess
    const [low, high] = [10e9 / 1.5, 100e9 * 1.5];
    expect(points.map((p) => [p.lo, p.hi])).toEqual([
      [low, 110e9],
      [90e9, high],
    ]);
    expect(cuts).toEqual([
      { h: '30 days ahead', actual: 10e9, at: low, angle: 180 },
      { h: '30 days ahead', actual: 100e9, at: high, angle: 0 },
    ]);
  });

  it('gives one dot alone a range of a factor of 3.5 about it', () => {
    // Act
    const { diagonal } = accuracyChartPoints([ROW]);

    // Assess
    const [lo, hi] = diagonal.map((d) => d.v);
    expect(hi! / lo!).toBeCloseTo(3.5, 9);
    expect(Math.sqrt(lo! * hi!)).toBeCloseTo(100e9, -1);
  });
});
