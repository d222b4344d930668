import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { renderIspMessage } from '#lib/report/render-email';
import {
  EMAIL_CONFIG,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { emailProse } from '../../helpers/email-prose.ts';

// As of 2026-11-30, lead time 90 days: LHR1's own order-by date,
// 2026-11-20, is ten days gone with critical on 2027-02-18 still ahead (a
// deadline missed). A bundle needed today has its order-by date 90 days
// ago, 2026-09-01, however recent the need: the sample's Laguna Movil
// MAD1 pni, whose traffic stepped +73 % ten days before its run.
const AS_OF = '2026-11-30';
const G = 1e9;
const ALONE: Evaluation = {
  ...LHR1_PNI,
  plannedAugments: [],
  expedite: undefined,
  recommendedPorts: 1,
  recommendedAddBps: 100 * G,
};
const REACHED: Evaluation = {
  ...ALONE,
  lastPeakBps: 362.4 * G,
  utilization: 0.906,
  criticalDateUpper: AS_OF,
  orderByDate: '2026-09-01',
};
const UPPER_TODAY: Evaluation = {
  ...ALONE,
  criticalDateUpper: AS_OF,
  orderByDate: '2026-09-01',
};

/** The alert's subject and its rows `Order by` and `Now what`. */
function alertOf(group: Evaluation) {
  const [message] = renderIspMessage({
    asOf: AS_OF,
    unit: 'Acme Telecom',
    groups: [group],
    config: EMAIL_CONFIG,
  });
  const row = (label: string) =>
    emailProse(message!.body)
      .split('\n')
      .find((l) => l.startsWith(`   ${label}:`))
      ?.slice(21);
  return [message!.subject, row('Order by'), row('Now what')];
}

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

  it('says an order-by date passed while critical is still ahead is overdue, a deadline missed', () => {
    // Act
    const alert = alertOf(ALONE);

    // Assess
    expect(alert).toEqual([
      '[Headroom] OVERDUE Acme Telecom: 1 critical — was due 2026-11-20 (10 d ago)',
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
