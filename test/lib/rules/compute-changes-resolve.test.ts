import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { group, PLANNED, runs } from './compute-changes-fixture.ts';

describe('computeChanges over flickering and falling severities', () => {
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
});
