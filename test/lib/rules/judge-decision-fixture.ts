/** A group's peaks, its evaluation and the judge's input, for the backtest's judging tests. */
import type { Evaluation } from '#lib/domain/evaluation';
import type { DailySeries } from '#lib/domain/series';
import type { JudgeInput } from '#lib/rules/judge-decision';

export const G = 1e9;
/** Peaks from 2026-01-01: 80 G for 10 days, then 90 G (90 % of 100 G). */
export const ACTUAL: DailySeries = {
  level: 'group',
  key: 'Acme/LHR1/pni',
  start: '2026-01-01',
  values: [
    ...new Array<number>(10).fill(80 * G),
    ...new Array(60).fill(90 * G),
  ],
  capacity: new Array<number>(70).fill(100 * G),
};
export const EVALUATION = {
  level: 'group',
  key: 'Acme/LHR1/pni',
  isp: 'Acme',
  severity: 'warning',
  orderByDate: '2026-01-20',
  criticalDate: '2026-01-15',
  criticalDateUpper: '2026-01-08',
  leadTimeDays: 10,
  utilization: 0.8,
  critical: 0.85,
} as Evaluation;
export const INPUT: JudgeInput = {
  evaluation: EVALUATION,
  asOf: '2026-01-01',
  windowDays: 30,
  actual: ACTUAL,
  baseBps: 100 * G,
  augments: [],
  dataLastDay: '2026-03-11',
};
