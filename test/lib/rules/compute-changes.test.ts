import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import { type ChangeRule, DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { computeChanges, type PreviousRun } from '#lib/rules/compute-changes';

const RULE: ChangeRule = { ...DEFAULT_CHANGE_RULE, warningWindowDays: 30 };
const G = 1e9;

const group: Evaluation = {
  level: 'group',
  key: 'Acme/LHR1/pni',
  isp: 'Acme',
  site: 'LHR1',
  region: 'EMEA',
  linkType: 'pni',
  owner: 'emea-peering',
  model: 'robust-trend',
  lastPeakBps: 150 * G,
  capacityBps: 200 * G,
  utilization: 0.75,
  growthPctPerYear: 20,
  criticalDateUpper: '2027-02-01',
  orderByDate: '2026-12-10',
  leadTimeDays: 90,
  severity: 'warning',
  recommendedAddBps: 200 * G,
  recommendedPorts: 2,
  portBps: 100 * G,
  n1Ok: true,
  plannedAugments: [],
  warning: 0.7,
  critical: 0.85,
};
const quiet: Evaluation = {
  ...group,
  key: 'Acme/FRA1/ix',
  severity: 'ok',
  orderByDate: undefined,
  recommendedAddBps: 0,
  recommendedPorts: 0,
};

/** Runs `computeChanges` over successive runs, 7 days apart. */
function runs(first: string, evaluations: readonly Evaluation[][]) {
  let previous: PreviousRun | undefined;
  return evaluations.map((evals, i) => {
    const asOf = addDays(first, 7 * i);
    const report = computeChanges(previous, evals, asOf, RULE);
    previous = { asOf, state: report.state };
    return report;
  });
}

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
          'growth re-estimated +20 %/yr → +32 %/yr',
      },
    ]);
  });

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
      ['ask 200 Gbps → 100 Gbps (2 → 1 ports)'],
    ]);
  });
});
