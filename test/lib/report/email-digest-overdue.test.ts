import { describe, expect, it } from 'vitest';
import { renderDigest } from '#lib/report/email-digest';
import {
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_LATE_AUGMENT,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { asText, bundleLinesOf } from './render-email-fixture.ts';

/** The digest's lines on 2026-11-30, spaces squeezed. */
function linesOf(groups: Parameters<typeof renderDigest>[0]['groups']) {
  const [digest] = renderDigest({
    asOf: '2026-11-30',
    owner: 'emea-peering',
    groups,
    config: EMAIL_CONFIG,
  });
  return bundleLinesOf(asText(digest!)).map((l) => l.replace(/ +/g, ' '));
}

describe('renderDigest: an order-by date today or past', () => {
  it('says a past order-by date is overdue, as the alert and the overview do', () => {
    // Act: LHR1's order-by date 2026-11-20, ten days before the digest
    const lines = linesOf([LHR1_PNI]);

    // Assess: before, 'order by 2026-11-20' alone, a date gone by with
    // nothing to say the order is late
    expect(lines).toEqual([
      ' LHR1 pni',
      ' critical OVERDUE 10 d 2 × 100 Gbps 78.1% 2027-02-18',
    ]);
  });

  it('says a bundle needed now is needed now, not overdue by its lead time', () => {
    // Prepare: 90.6 % now, over critical (85 %): needed today, so its
    // order-by date is today less the lead time of 90 days
    const reached = {
      ...LHR1_PNI,
      utilization: 0.906,
      lastPeakBps: 362.4e9,
      criticalDateUpper: '2026-11-30',
      orderByDate: '2026-09-01',
    };

    // Act
    const [, line] = linesOf([reached]);

    // Assess: before, '(OVERDUE 90 d)', a deadline missed
    expect(line).toBe(' critical needed now 2 × 100 Gbps 90.6% reached');
  });

  it('says an order-by date of today is due today', () => {
    // Act
    const [, line] = linesOf([{ ...LHR1_PNI, orderByDate: '2026-11-30' }]);

    // Assess
    expect(line).toContain(' critical due today 2 × 100 Gbps ');
  });

  it('writes a date ahead as it is and keeps the columns aligned', () => {
    // Act
    const lines = linesOf([LHR1_PNI, FRA2_IX]);
    const [digest] = renderDigest({
      asOf: '2026-11-30',
      owner: 'emea-peering',
      groups: [LHR1_PNI, FRA2_IX],
      config: EMAIL_CONFIG,
    });
    const raw = digest!.body.split('\n').filter((l) => l.startsWith('    '));

    // Assess: the overdue mark widens its column on every line, the
    // header's too
    expect(lines[3]).toBe(' warning 2026-12-15 1 × 100 Gbps 61.8% 2027-02-13');
    const at = raw.map((l) => l.search(/ (ASK FOR|\d+ ×)/));
    expect(at).toEqual([at[0], at[0], at[0]]);
  });

  it('says under an overdue bundle with no ask which planned augment to expedite', () => {
    // Prepare: no ask; CHG-1 (+100 G) lands 43 days after the critical
    // date and is enough once in
    const late = LHR1_LATE_AUGMENT;

    // Act
    const lines = linesOf([late]);

    // Assess: before, 'ask none' alone beside 'OVERDUE 10 d', with
    // nothing to say what to do
    expect(lines).toEqual([
      ' LHR1 pni',
      ' critical OVERDUE 10 d none 78.1% 2027-02-18',
      ' expedite the planned +100 Gbps on 2027-04-02 (CHG-1, 43 d late): no ask on',
      ' top',
    ]);
  });
});
