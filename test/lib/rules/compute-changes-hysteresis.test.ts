import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import { computeChanges } from '#lib/rules/compute-changes';
import {
  daily,
  G,
  group,
  PLANNED,
  RULE,
  runs,
} from './compute-changes-fixture.ts';

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

  it('resolves once a week of runs saw it lower, and re-opens', () => {
    // Prepare: weekly runs; the order-by date 95 days ahead is clear of
    // warning, but no augment came: a forecast's swing, not a fix
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
    // Assess: before, resolved on the first run at watch
    expect(reports.map((r) => r.changes.map((c) => c.kinds[0]))).toEqual([
      [],
      ['order-by-moved'],
      ['resolved'],
      ['re-opened'],
    ]);
  });

  it('resolves at once on the run whose augment clears the bundle by the margin', () => {
    // Prepare: the augment doubles the capacity; one run later a planned
    // augment brings a warning bundle clear in the same way
    const critical: Evaluation = { ...group, severity: 'critical' };
    const augmented: Evaluation = {
      ...group,
      capacityBps: 2 * group.capacityBps,
      severity: 'ok',
      orderByDate: undefined,
    };
    const planned: Evaluation = {
      ...group,
      severity: 'watch',
      orderByDate: '2027-06-01',
      plannedAugments: [PLANNED],
    };
    // Act
    const reports = runs('2026-11-19', [[critical], [augmented]]);
    const later = runs('2026-11-19', [[group], [planned]]);
    // Assess
    expect(reports[1]!.changes.map((c) => c.kinds[0])).toEqual(['resolved']);
    expect(later[1]!.changes.map((c) => c.kinds[0])).toEqual(['resolved']);
  });

  it('falls a level at a time as each has been passed below for a week', () => {
    // Prepare: daily runs: critical, then warning for three days, then watch
    const at = (severity: Evaluation['severity'], orderByDate: string) => ({
      ...group,
      severity,
      orderByDate,
    });
    const days = [
      at('critical', '2026-11-19'),
      ...Array.from({ length: 3 }, () => at('warning', '2026-12-05')),
      ...Array.from({ length: 9 }, () => at('watch', '2027-01-20')),
    ];
    // Act
    const held = daily('2026-11-19', days).map((r) => r.state[0]!.severity);
    // Assess: below critical from 11-20, so warning on 11-27; below
    // warning from 11-23, so watch on 11-30
    expect(held).toEqual([
      ...['critical', 'critical', 'critical', 'critical'],
      ...['critical', 'critical', 'critical', 'critical'],
      ...['warning', 'warning', 'warning', 'watch', 'watch'],
    ]);
  });

  it('reads a state saved before streaks as one run below', () => {
    // Prepare: the earlier code's state: held critical, its run at warning
    const saved = runs('2026-11-19', [[{ ...group, severity: 'critical' }]])[0]!
      .state[0]!;
    const old = { ...saved, rawSeverity: 'warning' as const };
    delete (old as { capacityBps?: number }).capacityBps;
    const warning: Evaluation = { ...group, severity: 'warning' };
    // Act: a week after it
    const report = computeChanges(
      { asOf: '2026-11-19', state: [old] },
      [warning],
      '2026-11-26',
      RULE,
    );
    // Assess: a week below since its run: de-escalated, as two runs were
    expect(report.state[0]!.severity).toBe('warning');
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
      [
        'order-by 12 days later (2026-11-19 → 2026-12-01); ' +
          'held at critical (below it since 2026-11-26; lowered from 2026-12-03 if it stays below)',
      ],
      [
        'de-escalated critical → warning; order-by 7 days later (2026-12-01 → 2026-12-08)',
      ],
    ]);
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
