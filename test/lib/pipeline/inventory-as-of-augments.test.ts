import { describe, expect, it } from 'vitest';
import { inventoryAsOf } from '#lib/pipeline/inventory-as-of';
import { G, LINK_A } from '../rules/series-fixture.ts';
import { AS_OF, INVENTORY, SERIES } from './inventory-as-of-fixture.ts';

/** +100 G on the bundle in service on `inServiceDate`. */
const augment = (inServiceDate: string) => ({
  group: LINK_A.group,
  inServiceDate,
  addedBps: 100 * G,
  reference: `CHG-${inServiceDate}`,
});

describe('inventoryAsOf', () => {
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
