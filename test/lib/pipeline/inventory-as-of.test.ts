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
/** The day after the series' last day. */
const AS_OF = '2026-01-11';
const augment = (inServiceDate: string) => ({
  group: LINK_A.group,
  inServiceDate,
  addedBps: 100 * G,
  reference: `CHG-${inServiceDate}`,
});

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

  it('drops augments the traffic capacity already holds, keeps later ones', () => {
    // Prepare: links.csv still says 2 × 100 G; the traffic has reported
    // 300 G since an augment went into service on day 8.
    const capacity = SERIES.capacity.map((_, day) => (day < 8 ? 200 : 300) * G);
    const inventory = {
      ...INVENTORY,
      augments: [augment('2026-01-09'), augment(AS_OF), augment('2026-03-01')],
    };

    // Act
    const then = inventoryAsOf(inventory, [{ ...SERIES, capacity }], AS_OF);

    // Assess: 300 G from the links, the in-service augment not again
    expect(then.links.map((l) => l.capacityBps)).toEqual([150 * G, 150 * G]);
    expect(then.augments.map((a) => a.inServiceDate)).toEqual([
      AS_OF,
      '2026-03-01',
    ]);
  });

  it("keeps an in-service augment the traffic's capacity does not hold", () => {
    // Prepare: the traffic carried no capacity, so series_daily fell back
    // to links.csv's 2 × 100 G, which lacks the augment still listed.
    const fallback = {
      ...SERIES,
      capacity: SERIES.capacity.map(() => 200 * G),
    };
    const inventory = { ...INVENTORY, augments: [augment('2026-01-09')] };

    // Act
    const then = inventoryAsOf(inventory, [fallback], AS_OF);

    // Assess: 200 G + the augment's 100 G from its date, as a run counts
    expect(then).toEqual(inventory);
  });

  it('drops only the oldest augments the reported capacity covers', () => {
    // Prepare: links.csv 200 G; the traffic reported 300 G, which holds
    // the first in-service augment (100 G) but not the second.
    const capacity = SERIES.capacity.map((_, day) => (day < 4 ? 200 : 300) * G);
    const inventory = {
      ...INVENTORY,
      augments: [augment('2026-01-09'), augment('2026-01-05')],
    };

    // Act
    const then = inventoryAsOf(inventory, [{ ...SERIES, capacity }], AS_OF);

    // Assess: 300 G from the links + 100 G still to count, not 300 G alone
    expect(then.links.map((l) => l.capacityBps)).toEqual([150 * G, 150 * G]);
    expect(then.augments.map((a) => a.inServiceDate)).toEqual(['2026-01-09']);
  });

  it('keeps every augment of a group whose traffic capacity is unknown', () => {
    // Prepare
    const unknown = { ...SERIES, capacity: SERIES.capacity.map(() => 0) };
    const inventory = { ...INVENTORY, augments: [augment('2026-01-09')] };

    // Act
    const then = inventoryAsOf(inventory, [unknown], AS_OF);

    // Assess: as a run counts it, from its in-service date on
    expect(then).toEqual(inventory);
  });
});
