import { describe, expect, it } from 'vitest';
import { orderBy } from '#lib/report/index-cells';
import { LHR1_PNI } from '../../fixtures/rules/email-evaluations.ts';

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
});
