import { describe, expect, it } from 'vitest';
import type { DailySeries } from '#lib/domain/series';
import { capacitySteps } from '#lib/report/capacity-steps';

const history: DailySeries = {
  level: 'group',
  key: 'g',
  start: '2026-11-20',
  values: [1, 1, 1, 1, 1, 1],
  capacity: [100, Number.NaN, 100, 200, 200, 200],
};
const augment = (inServiceDate: string, addedBps: number) => ({
  group: 'g',
  inServiceDate,
  addedBps,
  reference: 'CHG',
});

describe('capacitySteps', () => {
  it('steps where the capacity seen changed, then adds planned augments in date order', () => {
    // Prepare
    const planned = [augment('2027-03-01', 50), augment('2027-01-01', 100)];
    // Act
    const steps = capacitySteps(history, '2026-11-26', 200, planned);
    // Assess
    expect(steps).toEqual([
      { date: '2026-11-20', capacityBps: 100 },
      { date: '2026-11-23', capacityBps: 200 },
      { date: '2027-01-01', capacityBps: 300 },
      { date: '2027-03-01', capacityBps: 350 },
    ]);
  });

  it('starts today from the inventory capacity when it differs and ignores augments already in service', () => {
    // Prepare
    const planned = [augment('2026-11-01', 100)];
    // Act
    const steps = capacitySteps(history, '2026-11-26', 400, planned);
    // Assess
    expect(steps).toEqual([
      { date: '2026-11-20', capacityBps: 100 },
      { date: '2026-11-23', capacityBps: 200 },
      { date: '2026-11-26', capacityBps: 400 },
    ]);
  });
});
