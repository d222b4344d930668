import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import { G, group, runs } from './compute-changes-fixture.ts';

describe('computeChanges over flickering and falling severities', () => {
  it('does not flap a bundle flickering by 1 % around its threshold', () => {
    // Prepare: a flat bundle whose peak alternates 84.5 % / 85.5 % of
    // capacity, so its severity, order-by and ask flicker run to run.
    const low: Evaluation = {
      ...group,
      utilization: 0.845,
      severity: 'warning',
      orderByDate: '2026-11-30',
      recommendedAddBps: 200 * G,
      recommendedPorts: 2,
      growthPctPerYear: 20.5,
    };
    const high: Evaluation = {
      ...low,
      utilization: 0.855,
      severity: 'critical',
      orderByDate: '2026-11-24',
      recommendedAddBps: 300 * G,
      recommendedPorts: 3,
      growthPctPerYear: 21.5,
    };
    // Act
    const reports = runs(
      '2026-11-19',
      [low, high, low, high, low, high, low].map((e) => [e]),
    );
    const changes = reports.flatMap((r) => r.changes);
    // Assess: one escalation when it first crossed, then nothing
    expect(changes.map((c) => [c.kinds, c.severity.to])).toEqual([
      [['escalated', 'ask-changed'], 'critical'],
    ]);
    expect(reports.at(-1)!.state[0]).toMatchObject({
      severity: 'critical',
      askPorts: 3,
      rawSeverity: 'warning',
    });
  });

  it('does not call the order-by date moved while it is past before and after, the bundle as overdue as before', () => {
    // Prepare: a bundle over critical on every run (its upper forecast's
    // critical date is the run's date), so its order-by date, the run's
    // date less 90 days, moves on 7 days a run; then its forecast's date,
    // still past; then a date ahead again
    const over = (asOf: string): Evaluation => ({
      ...group,
      utilization: 0.89,
      severity: 'critical',
      criticalDateUpper: asOf,
      orderByDate: addDays(asOf, -90),
    });
    const asOfs = ['2026-11-19', '2026-11-26', '2026-12-03'];
    const past: Evaluation = {
      ...group,
      severity: 'critical',
      criticalDateUpper: '2027-01-31',
      orderByDate: '2026-11-02',
    };
    const ahead: Evaluation = {
      ...past,
      severity: 'warning',
      orderByDate: '2027-01-05',
    };

    // Act
    const reports = runs('2026-11-19', [
      ...asOfs.map((d) => [over(d)]),
      [past],
      [ahead],
    ]);

    // Assess: nothing while it stays overdue (before, 'order-by 59 days
    // later (2026-09-04 → 2026-11-02)' on the fourth run); the move ahead
    // counts from the last date taken in
    expect(reports.map((r) => r.changes.map((c) => c.text))).toEqual([
      [],
      [],
      [],
      [],
      [
        'order-by 64 days later (2026-11-02 → 2027-01-05); held at critical ' +
          '(below it since 2026-12-17; lowered from 2026-12-24 if it stays below)',
      ],
    ]);
  });
});
