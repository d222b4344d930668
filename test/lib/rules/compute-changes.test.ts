import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { G, group, quiet, runs } from './compute-changes-fixture.ts';

describe('computeChanges', () => {
  it('lists nothing on a first run but remembers every group', () => {
    // Prepare / Act
    const [report] = runs('2026-11-19', [[group, quiet]]);
    // Assess
    expect(report!.changes).toEqual([]);
    expect(report!.previousAsOf).toBeUndefined();
    expect(report!.state.map((t) => [t.key, t.severity])).toEqual([
      ['Acme/LHR1/pni', 'warning'],
      ['Acme/FRA1/ix', 'ok'],
    ]);
  });

  it('names an escalation and an order-by shift between runs seven days apart', () => {
    // Prepare
    const later: Evaluation = {
      ...group,
      severity: 'critical',
      orderByDate: '2026-11-25',
      recommendedAddBps: 300 * G,
      recommendedPorts: 3,
      growthPctPerYear: 32,
    };
    // Act
    const [, second] = runs('2026-11-19', [
      [group, quiet],
      [later, quiet],
    ]);
    // Assess
    expect(second!.previousAsOf).toBe('2026-11-19');
    expect(second!.changes).toEqual([
      {
        key: 'Acme/LHR1/pni',
        isp: 'Acme',
        kinds: [
          'escalated',
          'order-by-moved',
          'ask-changed',
          'growth-re-estimated',
        ],
        severity: { from: 'warning', to: 'critical' },
        orderBy: { from: '2026-12-10', to: '2026-11-25', movedDays: -15 },
        ask: { fromPorts: 2, fromBps: 200 * G, toPorts: 3, toBps: 300 * G },
        growth: { from: 20, to: 32 },
        text:
          'escalated warning → critical; order-by 15 days earlier ' +
          '(2026-12-10 → 2026-11-25); ask 200 Gbps → 300 Gbps (2 → 3 ports); ' +
          'growth re-estimated +20.0%/yr → +32.0%/yr',
      },
    ]);
  });

  it('lists a group appearing at risk as new and a shrinking ask only when confirmed', () => {
    // Prepare
    const smaller: Evaluation = {
      ...group,
      recommendedAddBps: 100 * G,
      recommendedPorts: 1,
    };
    // Act
    const reports = runs('2026-11-19', [
      [quiet],
      [quiet, group],
      [quiet, smaller],
      [quiet, smaller],
    ]);
    // Assess
    expect(reports.map((r) => r.changes.map((c) => c.text))).toEqual([
      [],
      ['new at warning'],
      [],
      ['ask 200 Gbps → 100 Gbps (2 → 1 port)'],
    ]);
  });
});
