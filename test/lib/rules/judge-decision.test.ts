import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { daysToJudge, judgeDecision } from '#lib/rules/judge-decision';
import { EVALUATION, INPUT } from './judge-decision-fixture.ts';

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

  it('judges a decision once the data reaches daysToJudge days past its date: lead time + window + 6', () => {
    // Prepare
    const days = daysToJudge(EVALUATION.leadTimeDays, INPUT.windowDays);
    const input = { ...INPUT, dataLastDay: addDays(INPUT.asOf, days) };

    // Act
    const judged = judgeDecision(input);
    const dayShort = judgeDecision({
      ...input,
      dataLastDay: addDays(input.dataLastDay, -1),
    });

    // Assess
    expect(days).toBe(10 + 30 + 6);
    expect(judged.outcome).toBe('true-positive');
    expect(dayShort.outcome).toBe('open');
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
