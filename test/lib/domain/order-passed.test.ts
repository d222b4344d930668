import { describe, expect, it } from 'vitest';
import { orderDue, orderPassed } from '#lib/domain/order-due';
import { AS_OF, BUNDLE } from './order-due-fixture.ts';

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
