import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { neededByDate, orderDue } from '#lib/domain/order-due';
import { AS_OF, BUNDLE } from './order-due-fixture.ts';

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
