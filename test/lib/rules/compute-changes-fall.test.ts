import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { computeChanges } from '#lib/rules/compute-changes';
import { daily, group, RULE, runs } from './compute-changes-fixture.ts';

describe('computeChanges over flickering and falling severities', () => {
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
});
