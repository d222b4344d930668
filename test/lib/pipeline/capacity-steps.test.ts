import { describe, expect, it } from 'vitest';
import type { DailySeries } from '#lib/domain/series';
import { capacitySteps } from '#lib/pipeline/capacity-steps';

describe('capacitySteps', () => {
  it('steps on past upgrades, today (with augments in service) and planned augments', () => {
    // Prepare
    const history: DailySeries = {
      level: 'group',
      key: 'g',
      start: '2026-01-01',
      values: [1, 1, 1, 1],
      capacity: [10e9, Number.NaN, 10e9, 20e9],
    };
    const augments = [
      {
        group: 'g',
        inServiceDate: '2026-03-01',
        addedBps: 10e9,
        reference: 'b',
      },
      {
        group: 'g',
        inServiceDate: '2026-02-01',
        addedBps: 20e9,
        reference: 'a',
      },
      {
        group: 'g',
        inServiceDate: '2025-12-01',
        addedBps: 5e9,
        reference: 'old',
      },
    ];

    // Act
    const steps = capacitySteps(history, 20e9, augments, '2026-01-05');

    // Assess
    expect(steps).toEqual([
      { date: '2026-01-01', capacityBps: 10e9 },
      { date: '2026-01-04', capacityBps: 20e9 },
      { date: '2026-01-05', capacityBps: 25e9 },
      { date: '2026-02-01', capacityBps: 45e9 },
      { date: '2026-03-01', capacityBps: 55e9 },
    ]);
  });

  it("adds a what-if's outages from their days, an earlier one from today, never below 0", () => {
    // Prepare
    const history: DailySeries = {
      level: 'group',
      key: 'g',
      start: '2026-01-01',
      values: [1, 1],
      capacity: [20e9, 20e9],
    };
    const augments = [
      {
        group: 'g',
        inServiceDate: '2026-01-20',
        addedBps: 10e9,
        reference: 'a',
      },
    ];
    const changes = [
      { date: '2026-01-02', deltaBps: -10e9 },
      { date: '2026-01-10', deltaBps: -10e9 },
      { date: '2026-01-10', deltaBps: -10e9 },
      { date: '2026-01-15', deltaBps: 10e9 },
    ];

    // Act
    const steps = capacitySteps(history, 20e9, augments, '2026-01-03', changes);

    // Assess
    expect(steps).toEqual([
      { date: '2026-01-01', capacityBps: 20e9 },
      { date: '2026-01-03', capacityBps: 10e9 },
      { date: '2026-01-10', capacityBps: 0 },
      { date: '2026-01-20', capacityBps: 10e9 },
    ]);
  });
});
