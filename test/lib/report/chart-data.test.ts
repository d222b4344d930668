import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { forecastEndNote } from '#lib/report/chart-annotations';
import { buildChartData } from '#lib/report/chart-data';
import { CHART_COLOURS } from '#lib/report/chart-style';
import type { ReportSeries } from '#lib/report/report-input';
import { EVALUATIONS } from '../../fixtures/report/report-input.ts';

const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
const series: ReportSeries = {
  level: 'group',
  key: 'Acme Telecom/LHR1/pni',
  history: {
    level: 'group',
    key: 'Acme Telecom/LHR1/pni',
    start: '2026-07-01',
    values: Array.from({ length: 148 }, (_, i) =>
      i === 3 ? Number.NaN : 100 + i,
    ),
    capacity: Array.from({ length: 148 }, () => 400),
  },
  forecast: {
    model: 'm',
    mean: [250, 260, 270],
    lower: { 80: [240, 245, 250] },
    upper: { 80: [260, 275, 290] },
    cleaned: [{ index: 140, kind: 'spike', original: 5000, replacement: 239 }],
    warnings: [],
  },
  capacitySteps: [
    { date: '2026-01-01', capacityBps: 400 },
    { date: '2026-11-27', capacityBps: 800 },
  ],
};
const lhr = EVALUATIONS[2]!;

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

  it('draws the ask as a capacity step at its ordered-today date', () => {
    // Prepare
    const long = {
      ...series,
      forecast: {
        ...series.forecast,
        mean: Array.from({ length: 200 }, () => 250),
        lower: { 80: Array.from({ length: 200 }, () => 240) },
        upper: { 80: Array.from({ length: 200 }, () => 260) },
      },
    };
    const e = { ...lhr, recommendedAddBps: 400, leadTimeDays: 30 };
    // Act
    const { cap } = buildChartData(long, e, '2026-11-26', 80);
    const none = buildChartData(
      long,
      { ...e, recommendedAddBps: 0 },
      '2026-11-26',
      80,
    );
    // Assess
    expect(cap.filter((p) => p.s === 'augment')).toEqual([
      { t: ms('2026-12-26'), v: 800, s: 'augment' },
      { t: ms('2026-12-26'), v: 1200, s: 'augment' },
      { t: ms(addDays('2026-11-26', 199)), v: 1200, s: 'augment' },
    ]);
    expect(none.cap.filter((p) => p.s === 'augment')).toEqual([]);
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

  it('steps capacity and its thresholds at planned augments', () => {
    // Prepare / Act
    const { cap } = buildChartData(series, lhr, '2026-11-26', 80);
    // Assess
    expect(cap.filter((p) => p.s === 'capacity')).toEqual([
      { t: ms('2026-07-01'), v: 400, s: 'capacity' },
      { t: ms('2026-11-27'), v: 800, s: 'capacity' },
      { t: ms('2026-11-28'), v: 800, s: 'capacity' },
    ]);
    expect(cap.filter((p) => p.s === 'critical').map((p) => p.v)).toEqual([
      340, 680, 680,
    ]);
    expect(cap.filter((p) => p.s === 'warning').map((p) => p.v)).toEqual([
      280, 560, 560,
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

  it('draws only capacity for an ISP total, taken from the history when no steps are given, and writes the note', () => {
    // Prepare
    const isp = { ...series, level: 'isp' as const, capacitySteps: [] };
    // Act
    const data = buildChartData(isp, undefined, '2026-11-26', 80, [
      forecastEndNote('+5.0%/yr'),
    ]);
    // Assess
    expect(new Set(data.cap.map((p) => p.s))).toEqual(new Set(['capacity']));
    expect(data.cap[0]).toEqual({ t: ms('2026-07-01'), v: 400, s: 'capacity' });
    expect(data.marks.map((m) => m.label)).toEqual(['today 2026-11-26']);
    expect(data.notes).toEqual([
      {
        t: ms('2026-11-28'),
        v: 270,
        label: '+5.0%/yr',
        colour: CHART_COLOURS.forecast,
      },
    ]);
  });
});
