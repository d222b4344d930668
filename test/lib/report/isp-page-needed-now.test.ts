import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { renderReport } from '#lib/report/render-report';
import { ACME_LHR1 } from '../../fixtures/report/report-groups.ts';
import {
  AS_OF,
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { htmlText } from '../../helpers/html-text.ts';
import { needOf } from './render-report-fixture.ts';

// As of 2026-11-26, lead time 90 days. Acme LHR1's order-by date,
// 2026-10-04, is 53 days gone with critical on 2027-01-02 still ahead (a
// deadline missed). At 90 % now it is needed today, and its order-by date
// is today less the lead time, 2026-08-28, however recent the need.
const NEEDED_NOW: Evaluation = {
  ...ACME_LHR1,
  lastPeakBps: 180e9,
  utilization: 0.9,
  criticalDateUpper: AS_OF,
  orderByDate: '2026-08-28',
  plannedAugments: [],
  expedite: undefined,
  recommendedPorts: 1,
  recommendedAddBps: 100e9,
};

/** Acme's page with LHR1 as given: its sentence and its overdue plan, as read. */
async function lhr1Of(lhr1: Evaluation) {
  const evaluations = EVALUATIONS.map((e) => (e.key === lhr1.key ? lhr1 : e));
  const out = await renderReport(fixtureInput({ evaluations }));
  const html = out.find((f) => f.path === 'isp/acme-telecom.html')!.body;
  const section = html.split(`>${lhr1.key} <span class="sev`)[1]!;
  const plan = section.match(/<div class="overdue">(.*?)<\/div>/)![1]!;
  const orderBy = section.match(/<dt>Order by<\/dt><dd>(.*?)<\/dd>/)![1]!;
  return [needOf(html, lhr1.key), htmlText(plan), htmlText(orderBy)];
}

describe('renderReport: the ISP page of a bundle needed now', () => {
  it('marks its order-by date among the figures as the overview does: needed now, or OVERDUE', async () => {
    // Act
    const [, , neededNow] = await lhr1Of(NEEDED_NOW);
    const [, , overdue] = await lhr1Of(ACME_LHR1);

    // Assess: before, the bare 2026-08-28 read as a deadline missed by
    // the lead time, beside the sentence's 'order today (needed now)'
    expect(neededNow).toBe('2026-08-28needed now');
    expect(overdue).toBe('2026-10-04OVERDUE 53 d');
  });

  it('says a bundle over critical now is needed now, not 90 days overdue', async () => {
    // Act
    const [need, plan] = await lhr1Of(NEEDED_NOW);

    // Assess: before, 'by 2026-08-28 (90 days ago — overdue)' and
    // 'OVERDUE by 90 days', the lead time read as a deadline missed
    expect(need).toBe(
      'Order +1 × 100 Gbps today (needed now): critical (85.0%) is reached already (90.0% now), lead time 90 days. N-1 fails now.',
    );
    expect(plan).toBe(
      'Needed now (critical reached already). Order +1 × 100 Gbps today: in service 2027-02-24, 90 days exposed.',
    );
  });

  it('says an order-by date passed with critical still ahead is overdue', async () => {
    // Act
    const [need, plan] = await lhr1Of(ACME_LHR1);

    // Assess
    expect(need).toBe(
      'Order +2 × 100 Gbps (200 Gbps) by 2026-10-04 (53 days ago — overdue): the upper forecast reaches critical (85.0%) on 2027-01-02, lead time 90 days. N-1 fails now.',
    );
    expect(plan).toBe(
      'OVERDUE by 53 days. Ordered today, in service 2027-02-24: 53 days exposed past the critical date 2027-01-02.Choice 1: expedite CHG-1042 (+100 Gbps, in service 2027-02-01) by 30 days to 2027-01-02; the ask +2 × 100 Gbps (200 Gbps) is still needed.Choice 2: order +2 × 100 Gbps (200 Gbps) now, in service 2027-02-24 (53 days exposed).',
    );
  });
});
