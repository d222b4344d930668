import { describe, expect, it } from 'vitest';
import { renderIspMessage } from '#lib/report/render-email';
import {
  AMS1_CACHE,
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { emailProse } from '../../helpers/email-prose.ts';

describe('renderIspMessage', () => {
  it("names a group's quiet links under its figures, and no other group's", () => {
    // Prepare: lhr1-2 went quiet; fra2-9 belongs to a group not at risk
    const quality = {
      quietLinks: [
        {
          linkId: 'lhr1-2',
          lastDay: '2026-11-20',
          series: [`group:${LHR1_PNI.key}`, 'isp:Acme Telecom'],
        },
        {
          linkId: 'ams1-9',
          lastDay: '2026-11-18',
          series: [`group:${AMS1_CACHE.key}`, 'isp:Acme Telecom'],
        },
      ],
    };

    // Act
    const [message] = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'Acme Telecom',
      groups: [LHR1_PNI, FRA2_IX],
      config: EMAIL_CONFIG,
      quality,
    });

    // Assess: one Data row, in LHR1's paragraph, right under its figures
    const body = message!.body;
    expect(body.match(/Data: /g)).toHaveLength(1);
    expect(body).toMatch(
      /Now: [^\n]*\n {3}Data: {13}lhr1-2 sent none after 2026-11-20: check its collector/,
    );
    const paragraph = body.split('\n\n').find((p) => p.includes('Data:'));
    expect(paragraph).toContain(`Bundle:           ${LHR1_PNI.key}`);
    expect(body).not.toContain('ams1-9');
  });

  it("says of several quiet links of a group 'their collectors', and when their days are kept", () => {
    // Prepare: two links of LHR1 went quiet
    const quality = {
      quietLinks: ['lhr1-2', 'lhr1-3'].map((linkId) => ({
        linkId,
        lastDay: '2026-11-20',
        series: [`group:${LHR1_PNI.key}`],
      })),
    };

    // Act
    const [message] = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'Acme Telecom',
      groups: [LHR1_PNI],
      config: EMAIL_CONFIG,
      quality,
    });

    // Assess
    expect(emailProse(message!.body)).toContain(
      '   Data:             lhr1-2 sent none after 2026-11-20, lhr1-3 sent ' +
        'none after 2026-11-20: check their collectors, or give them a ' +
        'retired_on in links.csv if they were removed. The days since are left out of the forecast ' +
        "if they carry over 10% of the bundle's usual traffic, else kept, " +
        'short of their traffic.\n',
    );
  });
});
