import { describe, expect, it } from 'vitest';
import { ALONE, AS_OF, alertOf } from './email-needed-now-fixture.ts';

describe('renderIspMessage: a bundle needed now, or a deadline missed', () => {
  it('says an order-by date passed while critical is still ahead is overdue, a deadline missed', () => {
    // Act
    const alert = alertOf(ALONE);

    // Assess
    expect(alert).toEqual([
      '[Headroom] OVERDUE Acme Telecom: 1 critical — was due 10 d ago',
      '2026-11-20 (10 days ago), start now; lead time 90 days',
      'OVERDUE by 10 days. Order +1 × 100 Gbps today: in service 2027-02-28, 10 days exposed past the critical date 2027-02-18.',
    ]);
  });

  it('says to start now an order due today, and counts the days to one ahead', () => {
    // Act
    const today = alertOf({ ...ALONE, orderByDate: AS_OF });
    const ahead = alertOf({ ...ALONE, orderByDate: '2026-12-09' });

    // Assess
    expect([today.slice(0, 2), ahead.slice(0, 2)]).toEqual([
      [
        '[Headroom] Acme Telecom: 1 critical — order by 2026-11-30',
        '2026-11-30 (today), start now; lead time 90 days',
      ],
      [
        '[Headroom] Acme Telecom: 1 critical — order by 2026-12-09',
        '2026-12-09 (in 9 days); lead time 90 days',
      ],
    ]);
    expect([today[2], ahead[2]]).toEqual([undefined, undefined]);
  });

  it('says a bundle with no order-by date needs no order, not "order by undefined"', () => {
    // Act
    const [subject, orderBy] = alertOf({ ...ALONE, orderByDate: undefined });

    // Assess
    expect(subject).toBe(
      '[Headroom] Acme Telecom: 1 critical — no order needed within the horizon',
    );
    expect(orderBy).toBe('no order needed within the horizon');
  });
});
