import { describe, expect, it } from 'vitest';
import type { DailySeries } from '#lib/domain/series';
import { inventoryAsOf } from '#lib/pipeline/inventory-as-of';
import { G, LINK_A, LINK_B } from '../rules/series-fixture.ts';

const INVENTORY = { links: [LINK_A, LINK_B], augments: [] };
const SERIES: DailySeries = {
  level: 'group',
  key: LINK_A.group,
  start: '2026-01-01',
  values: new Array<number>(10).fill(50 * G),
  capacity: new Array<number>(10).fill(100 * G),
};

describe('inventoryAsOf', () => {
  it('scales the links to the capacity the traffic reported then', () => {
    // Act
    const then = inventoryAsOf(INVENTORY, [SERIES]);

    // Assess
    expect(then.links.map((l) => l.capacityBps)).toEqual([50 * G, 50 * G]);
    expect(then.links[0]).toEqual({ ...LINK_A, capacityBps: 50 * G });
  });

  it('takes the largest capacity of the last week, past a missing link', () => {
    // Prepare
    const capacity = [...SERIES.capacity.slice(0, 8), 50 * G, Number.NaN];

    // Act
    const then = inventoryAsOf(INVENTORY, [{ ...SERIES, capacity }]);

    // Assess
    expect(then.links.map((l) => l.capacityBps)).toEqual([50 * G, 50 * G]);
  });

  it("keeps today's capacity where the traffic says nothing", () => {
    // Prepare
    const unknown = {
      ...SERIES,
      capacity: SERIES.capacity.map(() => Number.NaN),
    };

    // Act
    const then = [
      inventoryAsOf(INVENTORY, [unknown]),
      inventoryAsOf(INVENTORY, [{ ...SERIES, level: 'link' }]),
    ];

    // Assess
    expect(then).toEqual([INVENTORY, INVENTORY]);
  });
});
