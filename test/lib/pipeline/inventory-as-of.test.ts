import { describe, expect, it } from 'vitest';
import type { DailySeries } from '#lib/domain/series';
import { inventoryAsOf } from '#lib/pipeline/inventory-as-of';
import { G, LINK_A, LINK_B } from '../rules/series-fixture.ts';
import { AS_OF, INVENTORY, SERIES } from './inventory-as-of-fixture.ts';

describe('inventoryAsOf', () => {
  it('scales the links to the capacity the traffic reported then', () => {
    // Act
    const then = inventoryAsOf(INVENTORY, [SERIES], AS_OF);

    // Assess
    expect(then.links.map((l) => l.capacityBps)).toEqual([50 * G, 50 * G]);
    expect(then.links[0]).toEqual({ ...LINK_A, capacityBps: 50 * G });
  });

  it('leaves a link retired by the date out of the capacity it scales from', () => {
    // Prepare: b retired before the date; a alone carried the 100 G
    const retired = { ...LINK_B, retiredOn: '2026-01-02' };
    const inventory = { links: [LINK_A, retired], augments: [] };

    // Act
    const then = inventoryAsOf(inventory, [SERIES], AS_OF);

    // Assess: a keeps its 100 G (it read 50 G, as if b still counted)
    expect(then.links[0]?.capacityBps).toBe(100 * G);
  });

  it("leaves a link retired in the last week out of the traffic's capacity too", () => {
    // Prepare: a and b (100 G each) carried 200 G until b retired on
    // 01-09 (its last rows on 01-08); a alone has carried 100 G since
    const retired = { ...LINK_B, retiredOn: '2026-01-09' };
    const inventory = { links: [LINK_A, retired], augments: [] };
    const capacity = [...new Array<number>(8).fill(200 * G), 100 * G, 100 * G];
    const linkB: DailySeries = {
      level: 'link',
      key: LINK_B.linkId,
      start: SERIES.start,
      values: new Array<number>(8).fill(25 * G),
      capacity: new Array<number>(8).fill(100 * G),
    };

    // Act
    const then = inventoryAsOf(
      inventory,
      [{ ...SERIES, capacity }, linkB],
      AS_OF,
    );

    // Assess: a keeps its 100 G; it read 200 G, b's last week counted as a's
    expect(then.links[0]?.capacityBps).toBe(100 * G);
  });

  it('takes the largest capacity of the last week, past a missing link', () => {
    // Prepare
    const capacity = [...SERIES.capacity.slice(0, 8), 50 * G, Number.NaN];

    // Act
    const then = inventoryAsOf(INVENTORY, [{ ...SERIES, capacity }], AS_OF);

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
      inventoryAsOf(INVENTORY, [unknown], AS_OF),
      inventoryAsOf(INVENTORY, [{ ...SERIES, level: 'link' }], AS_OF),
    ];

    // Assess
    expect(then).toEqual([INVENTORY, INVENTORY]);
  });
});
