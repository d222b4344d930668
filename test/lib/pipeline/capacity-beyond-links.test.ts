import { describe, expect, it } from 'vitest';
import { capacityBeyondLinks } from '#lib/pipeline/capacity-beyond-links';
import { groupReporting } from '../../helpers/group-series.ts';

const START = '2026-01-01';
const AS_OF = '2026-03-02';

/** A group judged on 10 G whose traffic reported `capacity(day)`. */
const group = (capacity: (day: number) => number) =>
  groupReporting({
    start: START,
    days: 60,
    inventoryCapacityBps: 10e9,
    capacity,
  });

describe("a group's capacity reported beyond links.csv", () => {
  it('is news when the port rose past it: a link upgraded in place, links.csv not yet edited', () => {
    // Act
    const beyond = capacityBeyondLinks(
      group((d) => (d < 40 ? 10e9 : 100e9)),
      [],
      AS_OF,
    );

    // Assess
    expect(beyond).toEqual({ reportedBps: 100e9, countedBps: 10e9 });
  });

  it('is not when the port was always faster than links.csv counts (a committed rate, a cache)', () => {
    // Act
    const beyond = capacityBeyondLinks(
      group(() => 100e9),
      [],
      AS_OF,
    );

    // Assess: links.csv's 10 G is the capacity the team sells or serves
    expect(beyond).toBeUndefined();
  });
});
