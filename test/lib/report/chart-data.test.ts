import { describe, expect, it } from 'vitest';
import { buildChartData } from '#lib/report/chart-data';
import { lhr, ms, series } from './chart-data-fixture.ts';

describe('buildChartData', () => {
  it('keeps the whole history daily, with weekly maxima ending on its last day', () => {
    // Prepare / Act
    const { hist, weekly } = buildChartData(series, lhr, '2026-11-26', 80);
    // Assess
    expect(hist).toHaveLength(147);
    expect(hist[0]).toEqual({ t: ms('2026-07-01'), v: 100 });
    expect(hist.at(-1)).toEqual({ t: ms('2026-11-25'), v: 247 });
    expect(weekly.slice(0, 3)).toEqual([
      { t: ms('2026-07-01'), v: 100 },
      { t: ms('2026-07-08'), v: 107 },
      { t: ms('2026-07-15'), v: 114 },
    ]);
    expect(weekly).toHaveLength(22);
    expect(weekly.at(-1)).toEqual({ t: ms('2026-11-25'), v: 247 });
  });

  it('draws cleaned points at their replacement and their original as clipped outliers', () => {
    // Prepare / Act
    const data = buildChartData(series, lhr, '2026-11-26', 80);
    // Assess
    expect(data.hist.find((p) => p.t === ms('2026-11-18'))?.v).toBe(239);
    expect(data.outliers).toEqual([{ t: ms('2026-11-18'), v: 290 * 1.15 }]);
  });

  it('gives the forecast its decision band from the as-of date on', () => {
    // Prepare / Act
    const { fc } = buildChartData(series, lhr, '2026-11-26', 80);
    // Assess
    expect(fc).toEqual([
      { t: ms('2026-11-26'), m: 250, lo: 240, hi: 260 },
      { t: ms('2026-11-27'), m: 260, lo: 245, hi: 275 },
      { t: ms('2026-11-28'), m: 270, lo: 250, hi: 290 },
    ]);
  });

  it('marks today and the dates that fall inside the chart, labels in rows', () => {
    // Prepare
    const e = {
      ...lhr,
      orderByDate: '2026-11-20',
      criticalDateUpper: '2026-11-28',
      criticalDate: '2027-05-01',
    };
    // Act
    const { marks } = buildChartData(series, e, '2026-11-26', 80);
    // Assess
    expect(marks.map((m) => [m.kind, m.label, m.row])).toEqual([
      ['order-by', 'order by 2026-11-20', 0],
      ['today', 'today 2026-11-26', 1],
      ['critical-upper', 'critical (upper) 2026-11-28', 2],
    ]);
    expect(marks.every((m) => m.right)).toBe(true);
  });

  it('marks no critical date for a bundle at or over critical now, which its pages say it has reached', () => {
    // Prepare: 90.6% now against 85%; the forecast's first day over it is
    // two days ahead (before: 'critical (upper) 2026-11-28' beside the
    // facts' 'reached (90.6% now)')
    const e = {
      ...lhr,
      utilization: 0.906,
      critical: 0.85,
      orderByDate: '2026-09-01',
      criticalDateUpper: '2026-11-28',
      criticalDate: '2026-11-28',
    };
    // Act
    const { marks } = buildChartData(series, e, '2026-11-26', 80);
    // Assess
    expect(marks.map((m) => m.label)).toEqual([
      'order by 2026-09-01',
      'today 2026-11-26',
    ]);
  });
});
