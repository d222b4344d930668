import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '#lib/domain/dates';
import { neededByDate, orderDue, orderPassed } from '#lib/domain/order-due';

// A 100 G PNI with a lead time of 90 days, critical at 85 %, as of
// 2026-12-06: the sample's Laguna Movil/MAD1/pni, whose traffic stepped
// up ten days before, has its order-by date one lead time ago.
const AS_OF = '2026-12-06';
const BUNDLE = {
  utilization: 0.78,
  critical: 0.85,
  criticalDateUpper: '2027-01-03',
  orderByDate: '2026-10-05',
};

describe('orderDue: where a bundle’s order stands', () => {
  it('says a bundle over critical now is needed now, not 90 days overdue', () => {
    // Prepare: 90.6 % now; the upper bound's first day over 85 % is today
    const e = {
      ...BUNDLE,
      utilization: 0.906,
      criticalDateUpper: AS_OF,
      orderByDate: '2026-09-07',
    };

    // Act
    const due = orderDue(e, AS_OF);

    // Assess
    expect(due).toEqual({
      kind: 'needed-now',
      reached: true,
      date: AS_OF,
      days: 0,
    });
  });

  it('says a bundle whose upper bound reaches critical today is needed now', () => {
    // Prepare: 79.3 % now, the upper bound at 85 % today
    const e = {
      ...BUNDLE,
      criticalDateUpper: AS_OF,
      orderByDate: '2026-09-07',
    };

    // Act
    const due = orderDue(e, AS_OF);

    // Assess
    expect(due).toEqual({
      kind: 'needed-now',
      reached: false,
      date: AS_OF,
      days: 0,
    });
  });

  it('counts from today the need of a bundle over critical now whose forecast crosses later', () => {
    // Prepare: 88 % now, the upper bound next over 85 % on a busier
    // weekday, 2026-12-09, so the order-by date is 87 days ago
    const e = {
      ...BUNDLE,
      utilization: 0.88,
      criticalDateUpper: '2026-12-09',
      orderByDate: '2026-09-10',
    };

    // Act
    const due = orderDue(e, AS_OF);
    const needed = neededByDate(e, AS_OF);

    // Assess
    expect([due, needed]).toEqual([
      { kind: 'needed-now', reached: true, date: AS_OF, days: 0 },
      AS_OF,
    ]);
  });

  it('says an order-by date passed with the need still ahead is overdue by its days', () => {
    // Act: critical on 2027-01-03, order-by 2026-10-05
    const due = orderDue(BUNDLE, AS_OF);

    // Assess: a deadline missed by 62 days
    expect(due).toEqual({ kind: 'overdue', days: 62 });
  });

  it('says an order-by date of today or ahead as it is, and nothing without one', () => {
    // Act
    const dues = [AS_OF, '2026-12-16', undefined].map((orderByDate) =>
      orderDue({ ...BUNDLE, orderByDate }, AS_OF),
    );

    // Assess
    expect(dues).toEqual([
      { kind: 'today' },
      { kind: 'ahead', days: 10 },
      undefined,
    ]);
  });
});

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

describe('orderDue: a bundle with a lead time under a week', () => {
  it('is due today, not needed now, when an order placed today lands on its need date', () => {
    // Prepare: a cache with 3 days' lead time, its upper bound over
    // critical in 3 days (its order-by date today), in 2 days (order-by
    // yesterday) and today
    const bundles = [3, 2, 0].map((ahead) => {
      const criticalDateUpper = addDays(AS_OF, ahead);
      return {
        ...BUNDLE,
        criticalDateUpper,
        orderByDate: addDays(criticalDateUpper, -3),
      };
    });

    // Act
    const dues = bundles.map((e) => orderDue(e, AS_OF));

    // Assess: before, 'needed-now' for the first too, whose order placed
    // today is in service on 2026-12-09, in time
    expect(dues).toEqual([
      { kind: 'today' },
      { kind: 'needed-now', reached: false, date: '2026-12-08', days: 2 },
      { kind: 'needed-now', reached: false, date: AS_OF, days: 0 },
    ]);
  });
});

describe('orderPassed: whether an order placed today is late', () => {
  it('says so for an order-by date gone by, overdue or needed now, and not for today, ahead or none', () => {
    // Prepare: overdue by 62 days; needed now, due 90 days ago; needed
    // now with its order-by date today (over critical now, the forecast's
    // upper bound 90 days ahead); due today; ahead; none
    const bundles = [
      BUNDLE,
      { ...BUNDLE, utilization: 0.906, orderByDate: '2026-09-07' },
      { ...BUNDLE, utilization: 0.906, orderByDate: AS_OF },
      { ...BUNDLE, orderByDate: AS_OF },
      { ...BUNDLE, orderByDate: '2026-12-16' },
      { ...BUNDLE, orderByDate: undefined },
    ];

    // Act
    const passed = bundles.map((e) => [
      orderDue(e, AS_OF)?.kind,
      orderPassed(e, AS_OF),
    ]);

    // Assess
    expect(passed).toEqual([
      ['overdue', true],
      ['needed-now', true],
      ['needed-now', false],
      ['today', false],
      ['ahead', false],
      [undefined, false],
    ]);
  });
});
