import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { forecastEndNote } from '#lib/report/chart-annotations';
import { buildChartData } from '#lib/report/chart-data';
import { CHART_COLOURS } from '#lib/report/chart-style';
import { lhr, ms, series } from './chart-data-fixture.ts';

/** 200 days flat at 250 (80% interval 240–260), past the ask's date. */
const LONG_FORECAST = {
  ...series.forecast,
  mean: Array.from({ length: 200 }, () => 250),
  lower: { 80: Array.from({ length: 200 }, () => 240) },
  upper: { 80: Array.from({ length: 200 }, () => 260) },
};

describe('buildChartData capacity lines', () => {
  it('draws the ask as a capacity step at its ordered-today date', () => {
    // Prepare
    const long = { ...series, forecast: LONG_FORECAST };
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

  it("keeps the ask's line at 0 while a what-if has the whole bundle down", () => {
    // Prepare: 800 from 2026-11-27, nothing from 2027-01-10 until
    // 2027-01-20 (the site down), the ask of 400 in service 2026-12-26
    const down = {
      ...series,
      forecast: LONG_FORECAST,
      capacitySteps: [
        ...series.capacitySteps,
        { date: '2027-01-10', capacityBps: 0 },
        { date: '2027-01-20', capacityBps: 800 },
      ],
    };
    const e = { ...lhr, recommendedAddBps: 400, leadTimeDays: 30 };
    // Act
    const { cap } = buildChartData(down, e, '2026-11-26', 80);
    // Assess: its ports are down with the rest, not 400 on top of 0
    const line = cap.filter((p) => p.s === 'augment');
    expect(line.find((p) => p.t === ms('2027-01-10'))?.v).toBe(0);
    expect(line.find((p) => p.t === ms('2027-01-20'))?.v).toBe(1200);
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
