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

  it('de-escalates once two runs in a row agree, and resolves and re-opens', () => {
    // Prepare
    const critical: Evaluation = {
      ...group,
      severity: 'critical',
      orderByDate: '2026-11-20',
    };
    const watch: Evaluation = {
      ...group,
      severity: 'watch',
      orderByDate: '2027-03-01',
    };
    // Act
    const reports = runs('2026-11-19', [
      [critical],
      [watch],
      [watch],
      [critical],
    ]);
    // Assess
    expect(reports.map((r) => r.changes.map((c) => c.kinds[0]))).toEqual([
      [],
      // clear of warning by the margin: order-by 95 days ahead
      ['resolved'],
      [],
      ['re-opened'],
    ]);
  });

  it('holds a lower severity still near its boundary until confirmed', () => {
    // Prepare: order-by 5 days ahead is not clear of critical by 14 days
    const critical: Evaluation = {
      ...group,
      severity: 'critical',
      orderByDate: '2026-11-19',
    };
    const warning: Evaluation = {
      ...group,
      severity: 'warning',
      orderByDate: '2026-12-01',
    };
    const warning2: Evaluation = { ...warning, orderByDate: '2026-12-08' };
    // Act
    const reports = runs('2026-11-19', [[critical], [warning], [warning2]]);
    // Assess
    expect(reports.map((r) => r.changes.map((c) => c.text))).toEqual([
      [],
      ['order-by 12 days later (2026-11-19 → 2026-12-01)'],
      [
        'de-escalated critical → warning; order-by 7 days later (2026-12-01 → 2026-12-08)',
      ],
    ]);
  });

  it('does not call the order-by date moved while the bundle is critical today, whose order-by is today less the lead time', () => {
    // Prepare: a bundle over critical on every run (its upper forecast's
    // critical date is the run's date), so its order-by date, the run's
    // date less 90 days, moves on 7 days a run; then it drops below
    // critical and its order-by date is a forecast's again
    const over = (asOf: string): Evaluation => ({
      ...group,
      utilization: 0.89,
      severity: 'critical',
      criticalDateUpper: asOf,
      orderByDate: addDays(asOf, -90),
    });
    const asOfs = ['2026-11-19', '2026-11-26', '2026-12-03'];
    const later: Evaluation = {
      ...group,
      severity: 'critical',
      criticalDateUpper: '2027-01-31',
      orderByDate: '2026-11-02',
    };

    // Act
    const reports = runs('2026-11-19', [
      ...asOfs.map((d) => [over(d)]),
      [later],
    ]);

    // Assess: nothing while it stays over critical; the move out of it is
    // counted from the last run's date, not the first's
    expect(reports.map((r) => r.changes.map((c) => c.text))).toEqual([
      [],
      [],
      [],
      ['order-by 59 days later (2026-09-04 → 2026-11-02)'],
    ]);
  });
});
