import { describe, expect, it } from 'vitest';
import { capacityBeyondLinks } from '#lib/pipeline/capacity-beyond-links';
import type { ModelledSeries } from '#lib/pipeline/model-series';

const START = '2026-01-01';
const AS_OF = '2026-03-02';

/** A group judged on 10 G whose traffic reported `capacity(day)`. */
function group(capacity: (day: number) => number): ModelledSeries {
  const days = 60;
  return {
    entry: {
      level: 'group',
      key: 'Acme/LHR1/pni',
      links: [],
      lastDay: '2026-03-01',
      observedDays: days,
      inventoryCapacityBps: 10e9,
    },
    history: {
      level: 'group',
      key: 'Acme/LHR1/pni',
      start: START,
      values: Array.from({ length: days }, () => 5e9),
      capacity: Array.from({ length: days }, (_, d) => capacity(d)),
      samples: Array.from({ length: days }, () => 288),
    },
    forecast: {
      mean: [],
      lower: {},
      upper: {},
      model: '',
      cleaned: [],
      warnings: [],
    },
  } as unknown as ModelledSeries;
}

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
