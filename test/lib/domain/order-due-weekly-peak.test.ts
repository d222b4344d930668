import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '#lib/domain/dates';
import { orderDue } from '#lib/domain/order-due';

/**
 * The sample's Falcon Gulf Telecom/MRS1/pni: 81.6 % now, lead time 90
 * days, its upper bound over critical (85 %) on Sundays only, from
 * 2026-12-13 on. One forecast, run on `asOf`: the critical date is its
 * first Sunday from that day, the order-by date 90 days before it.
 */
const weeklyPeaked = (asOf: string) => {
  const ahead = (7 - (daysBetween('2026-12-13', asOf) % 7)) % 7;
  const criticalDateUpper = addDays(asOf, ahead);
  return {
    utilization: 0.816,
    critical: 0.85,
    criticalDateUpper,
    orderByDate: addDays(criticalDateUpper, -90),
  };
};

describe('orderDue: a bundle whose upper bound crosses critical on its weekly peak', () => {
  it('stands needed now on every day of the week, not "OVERDUE 84 d" the day after a peak', () => {
    // Prepare: runs from the peak of 2026-12-13 to the next, 2026-12-20
    const days = Array.from({ length: 8 }, (_, n) => addDays('2026-12-13', n));

    // Act
    const dues = days.map((asOf) => orderDue(weeklyPeaked(asOf), asOf));

    // Assess: before, 'needed-now' on the Sundays and 'overdue' by 84 to
    // 89 days on the days between (the order-by date of the next peak)
    expect(dues).toEqual([
      { kind: 'needed-now', reached: false, date: '2026-12-13', days: 0 },
      { kind: 'needed-now', reached: false, date: '2026-12-20', days: 6 },
      { kind: 'needed-now', reached: false, date: '2026-12-20', days: 5 },
      { kind: 'needed-now', reached: false, date: '2026-12-20', days: 4 },
      { kind: 'needed-now', reached: false, date: '2026-12-20', days: 3 },
      { kind: 'needed-now', reached: false, date: '2026-12-20', days: 2 },
      { kind: 'needed-now', reached: false, date: '2026-12-20', days: 1 },
      { kind: 'needed-now', reached: false, date: '2026-12-20', days: 0 },
    ]);
  });

  it('keeps overdue a bundle whose upper bound first crosses a week or more ahead', () => {
    // Prepare: as of 2026-12-06, the upper bound's first day over
    // critical is the next Sunday, 2026-12-13, seven days on: the order-by
    // date, 2026-09-14, is a deadline missed, as the README's run says
    const e = weeklyPeaked('2026-12-13');

    // Act
    const due = orderDue(e, '2026-12-06');

    // Assess
    expect(due).toEqual({ kind: 'overdue', days: 83 });
  });
});
