import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import type { DailySeries } from '#lib/domain/series';
import {
  actualCrossing,
  type JudgeInput,
  judgeDecision,
} from '#lib/rules/judge-decision';

const G = 1e9;
/** Peaks from 2026-01-01: 80 G for 10 days, then 90 G (90 % of 100 G). */
const ACTUAL: DailySeries = {
  level: 'group',
  key: 'Acme/LHR1/pni',
  start: '2026-01-01',
  values: [
    ...new Array<number>(10).fill(80 * G),
    ...new Array(60).fill(90 * G),
  ],
  capacity: new Array<number>(70).fill(100 * G),
};
const EVALUATION = {
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
const INPUT: JudgeInput = {
  evaluation: EVALUATION,
  asOf: '2026-01-01',
  windowDays: 30,
  actual: ACTUAL,
  baseBps: 100 * G,
  augments: [],
  dataLastDay: '2026-03-11',
};

describe('actualCrossing', () => {
  it('finds the first day the daily peak reaches critical', () => {
    // Prepare
    const input = { ...INPUT, actual: ACTUAL, days: 41, critical: 0.85 };

    // Act
    const day = actualCrossing(input);

    // Assess
    expect(day).toBe('2026-01-11');
  });

  it('counts a planned augment from its in-service date', () => {
    // Prepare
    const augment = {
      group: 'Acme/LHR1/pni',
      inServiceDate: '2026-01-05',
      addedBps: 100 * G,
      reference: 'CHG-1',
    };

    // Act
    const day = actualCrossing({
      ...INPUT,
      actual: ACTUAL,
      days: 41,
      critical: 0.85,
      augments: [augment],
    });

    // Assess
    expect(day).toBeUndefined();
  });

  it('ignores missing days and days outside the series', () => {
    // Prepare
    const gap = {
      ...ACTUAL,
      values: ACTUAL.values.map((v, i) => (i === 10 ? Number.NaN : v)),
    };

    // Act
    const day = actualCrossing({
      ...INPUT,
      actual: gap,
      asOf: '2025-12-20',
      days: 60,
      critical: 0.85,
    });

    // Assess
    expect(day).toBe('2026-01-12');
  });

  it.each([
    ['a one-day surge', [20], undefined],
    ['two days within a week', [20, 26], '2026-01-21'],
    ['two days a week apart', [20, 27], undefined],
  ])('counts %s as a crossing or not', (_, surges, expected) => {
    // Prepare
    const values = ACTUAL.values.map((_, day) =>
      surges.includes(day) ? 95 * G : 80 * G,
    );

    // Act
    const day = actualCrossing({
      ...INPUT,
      actual: { ...ACTUAL, values },
      days: 41,
      critical: 0.85,
    });

    // Assess
    expect(day).toBe(expected);
  });
});

describe('judgeDecision', () => {
  it('judges an order-now alert followed by a crossing a true positive', () => {
    // Act
    const judged = judgeDecision(INPUT);

    // Assess
    expect(judged).toEqual({
      asOf: '2026-01-01',
      group: 'Acme/LHR1/pni',
      isp: 'Acme',
      severity: 'warning',
      orderNow: true,
      orderByDate: '2026-01-20',
      criticalDate: '2026-01-15',
      criticalDateUpper: '2026-01-08',
      leadTimeDays: 10,
      alreadyCritical: false,
      windowEnd: '2026-02-10',
      actualCrossing: '2026-01-11',
      outcome: 'true-positive',
      errorDays: 4,
      errorDaysUpper: -3,
    });
  });

  it.each([
    ['warning', 0.95, 'false-positive'],
    ['critical', 0.85, 'true-positive'],
    ['watch', 0.85, 'false-negative'],
    ['ok', 0.95, 'true-negative'],
  ] as const)(
    'judges severity %s with critical %d as %s',
    (severity, critical, outcome) => {
      // Prepare
      const evaluation = { ...EVALUATION, severity, critical };

      // Act
      const judged = judgeDecision({ ...INPUT, evaluation });

      // Assess
      expect(judged.outcome).toBe(outcome);
    },
  );

  it('leaves a window open when its confirmation week runs past the data', () => {
    // Prepare
    const input = { ...INPUT, dataLastDay: '2026-02-15' };

    // Act
    const judged = judgeDecision(input);

    // Assess
    expect(judged).toMatchObject({ outcome: 'open', windowEnd: '2026-02-10' });
  });

  it('has no crossing and no error without actual peaks', () => {
    // Act
    const judged = judgeDecision({ ...INPUT, actual: undefined });

    // Assess
    expect(judged).toMatchObject({
      outcome: 'false-positive',
      actualCrossing: undefined,
      errorDays: undefined,
    });
  });
});
