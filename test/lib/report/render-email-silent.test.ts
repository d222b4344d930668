import { describe, expect, it } from 'vitest';
import { renderIspMessage } from '#lib/report/render-email';
import {
  EMAIL_CONFIG,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { emailProse } from '../../helpers/email-prose.ts';

describe('renderIspMessage: a bundle judged without its silent links', () => {
  it('says under its figures which link sent nothing and that its capacity is left out', () => {
    // Prepare: lhr1-2 sent no traffic in the window
    const group = { ...LHR1_PNI, silentLinks: ['lhr1-2'] };

    // Act
    const [message] = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'Acme Telecom',
      groups: [group],
      config: EMAIL_CONFIG,
    });

    // Assess
    expect(emailProse(message!.body)).toMatch(
      /Now: [^\n]*\n {3}Data: {13}lhr1-2 sent no traffic in the window: the figures are the other links', without its capacity\. Check its collector, or give it a retired_on in links\.csv if it was removed\.\n/,
    );
  });

  it('speaks of several in the plural', () => {
    // Act
    const [message] = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'Acme Telecom',
      groups: [{ ...LHR1_PNI, silentLinks: ['lhr1-2', 'lhr1-3'] }],
      config: EMAIL_CONFIG,
    });

    // Assess
    expect(emailProse(message!.body)).toContain(
      "lhr1-2, lhr1-3 sent no traffic in the window: the figures are the other links', without their capacity. Check their collectors, or give them a retired_on in links.csv if they were removed.",
    );
  });
});
