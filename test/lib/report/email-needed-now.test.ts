import { describe, expect, it } from 'vitest';
import { renderIspMessage } from '#lib/report/render-email';
import { EMAIL_CONFIG } from '../../fixtures/rules/email-evaluations.ts';
import {
  ALONE,
  AS_OF,
  alertOf,
  REACHED,
  UPPER_TODAY,
} from './email-needed-now-fixture.ts';

describe('renderIspMessage: a bundle needed now, or a deadline missed', () => {
  it('says a bundle over critical now is needed now, not due 90 days ago', () => {
    // Act
    const alert = alertOf(REACHED);

    // Assess: before, 'OVERDUE … was due 2026-09-01 (90 d ago)', 'Order
    // by: 2026-09-01 (90 days ago), start now' and 'OVERDUE by 90 days',
    // the lead time read as a deadline the team had missed
    expect(alert).toEqual([
      '[Headroom] NEEDED NOW Acme Telecom: 1 critical — order today',
      'now: critical reached already; lead time 90 days',
      'Needed now (critical reached already). Order +1 × 100 Gbps today: in service 2027-02-28, 90 days exposed.',
    ]);
  });

  it('says a bundle whose upper bound reaches critical today is needed now', () => {
    // Act: 78.1 % now, critical today at the earliest
    const alert = alertOf(UPPER_TODAY);

    // Assess
    expect(alert).toEqual([
      '[Headroom] NEEDED NOW Acme Telecom: 1 critical — order today',
      'now: critical today at the earliest; lead time 90 days',
      'Needed now (critical today at the earliest). Order +1 × 100 Gbps today: in service 2027-02-28, 90 days exposed.',
    ]);
  });

  it('says a bundle whose upper bound reaches critical later in the week is needed now, and on which day', () => {
    // Prepare: 78.1 % now, the upper bound over critical on its weekly
    // peak, 2026-12-06, six days on: order-by 2026-09-07
    const peak = {
      ...ALONE,
      criticalDateUpper: '2026-12-06',
      orderByDate: '2026-09-07',
    };

    // Act
    const alert = alertOf(peak);

    // Assess: before, 'OVERDUE … was due 2026-09-07 (84 d ago)' the days
    // between two peaks, and 'NEEDED NOW' on the peaks
    expect(alert).toEqual([
      '[Headroom] NEEDED NOW Acme Telecom: 1 critical — order today',
      'now: critical in 6 days at the earliest, on 2026-12-06; lead time 90 days',
      'Needed now (critical in 6 days at the earliest, on 2026-12-06). Order +1 × 100 Gbps today: in service 2027-02-28, 84 days exposed from 2026-12-06.',
    ]);
  });

  it('keeps the message id of a bundle needed now', () => {
    // Act
    const [message] = renderIspMessage({
      asOf: AS_OF,
      unit: 'Acme Telecom',
      groups: [REACHED],
      config: EMAIL_CONFIG,
    });

    // Assess: the id (and so the dedupe keys' matter) is the alert's own
    expect(message!.id).toBe('2026-11-30/alert/acme-telecom/1');
  });
});
