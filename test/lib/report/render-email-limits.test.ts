import { describe, expect, it } from 'vitest';
import { bytes } from '#lib/report/email-split';
import { renderIspMessage } from '#lib/report/render-email';
import {
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';

describe('renderIspMessage within size limits', () => {
  it('splits a body over the size limit into numbered parts, losing nothing', () => {
    // Prepare: 40 bundles, a 4 KB budget.
    const groups = Array.from({ length: 40 }, (_, i) => ({
      ...FRA2_IX,
      key: `Acme Telecom/S${String(i).padStart(2, '0')}/ix`,
      site: `S${String(i).padStart(2, '0')}`,
    }));

    // Act
    const messages = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'Acme Telecom',
      groups,
      config: EMAIL_CONFIG,
      maxBytes: 4096,
    });

    // Assess
    const all = messages.map((m) => m.body).join('');
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.every((m) => bytes(m.body) <= 4096)).toBe(true);
    expect(groups.every((g) => all.includes(`${g.site} ix — WARNING`))).toBe(
      true,
    );
    expect(messages.map((m) => m.id)).toEqual(
      messages.map((_, i) => `2026-11-26/alert/acme-telecom/${i + 1}`),
    );
    expect(messages[1]!.subject).toContain(`(part 2/${messages.length})`);
  });

  it('keeps the subject within 100 characters with a long ISP name', () => {
    // Prepare
    const isp =
      'Very Long Regional Broadband and Fibre Cooperative of Upper Somewhere GmbH & Co. KG';

    // Act
    const [message] = renderIspMessage({
      asOf: '2026-11-26',
      unit: isp,
      groups: [{ ...LHR1_PNI, isp }],
      config: EMAIL_CONFIG,
    });

    // Assess
    expect(message!.subject.length).toBeLessThanOrEqual(100);
    expect(message!.subject).toMatch(
      /^\[Headroom\] OVERDUE Very Long .*…: 1 critical — was due 2026-11-20 \(6 d ago\)$/,
    );
  });
});
