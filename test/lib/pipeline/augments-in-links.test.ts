import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { augmentsInLinks } from '#lib/pipeline/augments-in-links';
import { groupReporting } from '../../helpers/group-series.ts';

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

/** The group, links.csv at 100 G, its ports lit `early` days before CHG-7's date. */
const group = (early: number) =>
  groupReporting({
    start: START,
    days: DAYS,
    inventoryCapacityBps: 100e9,
    capacity: (d) => (d < 45 - early ? 10e9 : 100e9),
  });

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
