import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { augmentsInLinks } from '#lib/pipeline/augments-in-links';
import type { ModelledSeries } from '#lib/pipeline/model-series';

const START = '2026-01-01';
const DAYS = 60;
const AS_OF = addDays(START, DAYS);
/** CHG-7's in-service date: a1 from 10 to 100 G. */
const DAY = addDays(START, 45);
const CHG7 = {
  group: 'Acme/LHR1/pni',
  inServiceDate: DAY,
  addedBps: 90e9,
  reference: 'CHG-7',
};

/** The group, links.csv at 100 G, whose ports were lit `early` days before CHG-7's date. */
function group(early: number): ModelledSeries {
  const lit = 45 - early;
  return {
    entry: {
      level: 'group',
      key: CHG7.group,
      links: [],
      lastDay: addDays(AS_OF, -1),
      observedDays: DAYS,
      inventoryCapacityBps: 100e9,
    },
    history: {
      level: 'group',
      key: CHG7.group,
      start: START,
      values: Array.from({ length: DAYS }, () => 8e9),
      capacity: Array.from({ length: DAYS }, (_, d) =>
        d < lit ? 10e9 : 100e9,
      ),
      samples: Array.from({ length: DAYS }, () => 288),
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

describe('an augment whose ports links.csv already counts', () => {
  it.each([0, 1, 5])(
    'is counted once when its ports were lit %i day(s) before its date',
    (early) => {
      // Act
      const held = augmentsInLinks([group(early)], [CHG7], AS_OF);

      // Assess: lit a day early, the 7 days before its date read 100 G
      // already, and the bundle was judged on 190 G
      expect(held).toEqual([CHG7]);
    },
  );
});
