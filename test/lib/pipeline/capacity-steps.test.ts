import { describe, expect, it } from 'vitest';
import type { DailySeries } from '#lib/domain/series';
import { capacitySteps } from '#lib/pipeline/capacity-steps';

const history: DailySeries = {
  level: 'group',
  key: 'g',
  start: '2026-01-01',
  values: [1, 1, 1, 1],
  capacity: [10e9, Number.NaN, 10e9, 20e9],
};

describe('capacitySteps', () => {
  it('steps on past upgrades, then where the capacity the rules count changes', () => {
    // Prepare: from 2026-01-05, 25 G (an augment in service), +20 G on
    // day 2, an outage to 0 on days 4..5, back with another augment
    const capacity = [25e9, 25e9, 45e9, 45e9, 0, 0, 55e9];

    // Act
    const steps = capacitySteps(history, capacity, '2026-01-05');

    // Assess
    expect(steps).toEqual([
      { date: '2026-01-01', capacityBps: 10e9 },
      { date: '2026-01-04', capacityBps: 20e9 },
      { date: '2026-01-05', capacityBps: 25e9 },
      { date: '2026-01-07', capacityBps: 45e9 },
      { date: '2026-01-09', capacityBps: 0 },
      { date: '2026-01-11', capacityBps: 55e9 },
    ]);
  });

  it("adds no step today when today's capacity is the one last seen in traffic", () => {
    // Prepare
    const capacity = [20e9, 20e9, 30e9];

    // Act
    const steps = capacitySteps(history, capacity, '2026-01-05');

    // Assess
    expect(steps).toEqual([
      { date: '2026-01-01', capacityBps: 10e9 },
      { date: '2026-01-04', capacityBps: 20e9 },
      { date: '2026-01-07', capacityBps: 30e9 },
    ]);
  });

  it('draws no dip on a day left out of the history, whose capacity lacks the links that sent too few samples', () => {
    // Prepare: 2026-01-02 left out (NaN): one of two 10 G links sent no
    // sample, so the day's capacity read 10 G (the chart fell to it and
    // rose again, as a loss of capacity)
    const leftOut: DailySeries = {
      ...history,
      values: [1, Number.NaN, 1, 1],
      capacity: [20e9, 10e9, 20e9, 20e9],
    };

    // Act
    const steps = capacitySteps(leftOut, [20e9], '2026-01-05');

    // Assess
    expect(steps).toEqual([{ date: '2026-01-01', capacityBps: 20e9 }]);
  });
});
