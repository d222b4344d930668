/** A bundle's history, forecast and capacity steps, for the chart-data tests. */
import type { ReportSeries } from '#lib/report/report-input';
import { EVALUATIONS } from '../../fixtures/report/report-input.ts';

/** Milliseconds of a day's midnight (UTC), as the charts' `t`. */
export const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
/** 148 days of history (a gap on day 3), 3 days of forecast. */
export const series: ReportSeries = {
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
/** The evaluation of the same bundle. */
export const lhr = EVALUATIONS[2]!;
