import { describe, expect, it } from 'vitest';
import { orderBy } from '#lib/report/index-cells';
import {
  LHR1_LATE_AUGMENT,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { htmlText } from '../../helpers/html-text.ts';

describe('orderBy: the overview’s order-by cell', () => {
  it('says an order-by date of today is due today, as the digest does', () => {
    // Act: LHR1 critical, its order-by date the run's day
    const cell = orderBy(LHR1_PNI, LHR1_PNI.orderByDate!);

    // Assess: before, 'in 0 d' beneath a critical bundle's date
    expect(cell).toBe('2026-11-20<span class="sub bad">due today</span>');
  });

  it('counts the days to a date ahead', () => {
    // Act
    const cell = orderBy(LHR1_PNI, '2026-11-13');

    // Assess
    expect(cell).toBe('2026-11-20<span class="sub">in 7 d</span>');
  });

  it('says a bundle needed now is needed now, not overdue by its lead time', () => {
    // Prepare: 90.6 % now, over critical: needed on 2026-11-30, so its
    // order-by date is that day less the lead time of 90 days
    const reached = {
      ...LHR1_PNI,
      utilization: 0.906,
      criticalDateUpper: '2026-11-30',
      orderByDate: '2026-09-01',
    };

    // Act
    const cell = htmlText(orderBy(reached, '2026-11-30'));

    // Assess: before, 'OVERDUE 90 d'
    expect(cell).toBe(
      '2026-09-01needed nowordered today: in service 2027-02-28',
    );
  });

  it('says an order-by date passed with critical still ahead is overdue', () => {
    // Act: order-by 2026-11-20, critical on the upper bound 2027-02-18
    const cell = htmlText(orderBy(LHR1_PNI, '2026-11-30'));

    // Assess
    expect(cell).toBe(
      '2026-11-20OVERDUE 10 dordered today: in service 2027-02-28',
    );
  });

  it('gives no ordered-today plan to a bundle needed now whose order-by date is today', () => {
    // Prepare: over critical now, the upper bound over it 90 days ahead,
    // the lead time's: the order-by date is today, not gone by
    const reached = {
      ...LHR1_PNI,
      utilization: 0.906,
      criticalDateUpper: '2027-02-28',
      orderByDate: '2026-11-30',
    };

    // Act
    const cell = orderBy(reached, '2026-11-30');

    // Assess
    expect(cell).toBe('2026-11-30<span class="sub bad">needed now</span>');
  });

  it('shows a bundle with no order-by date as a dash', () => {
    // Act
    const cell = orderBy({ ...LHR1_PNI, orderByDate: undefined }, '2026-11-30');

    // Assess
    expect(cell).toBe('—');
  });

  it('says to expedite the planned augment, not to order, where there is no ask', () => {
    // Prepare: no ask; CHG-1 (+100 G) lands 43 days after the critical
    // date and is enough once in
    const late = LHR1_LATE_AUGMENT;

    // Act
    const cell = htmlText(orderBy(late, '2026-11-30'));

    // Assess: before, 'ordered today: in service 2027-02-28', an order of
    // nothing beside the ask cell's 'none'
    expect(cell).toBe(
      '2026-11-20OVERDUE 10 dexpedite the planned +100 Gbps (CHG-1)',
    );
  });
});
