import { describe, expect, it } from 'vitest';
import { attributeBytes } from '#lib/domain/message-attribute';
import { withRepeatNotice } from '#lib/domain/repeat-notice';
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

  it("keeps an owner's message naming hundreds of ISPs within SNS's 256 KiB", () => {
    // Prepare: one owner, 400 ISPs with long names, a bundle each
    const config = {
      ...EMAIL_CONFIG,
      notify: { ...EMAIL_CONFIG.notify, by: 'owner' as const },
    };
    const groups = Array.from({ length: 400 }, (_, i) => {
      const isp = `Regional Broadband and Fibre Cooperative number ${i} GmbH`;
      return { ...FRA2_IX, isp, key: `${isp}/FRA2/ix` };
    });

    // Act
    const messages = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'emea-peering',
      groups,
      config,
    });

    // Assess: SNS counts every attribute's name, type and value; as a
    // possible repeat, the largest form SnsNotifier sends
    const sizes = messages.map((m) => {
      const sent = withRepeatNotice({ ...m, mayRepeat: '2026-11-26T06:00Z' });
      return (
        bytes(sent.subject) + bytes(sent.body) + attributeBytes(m.attributes)
      );
    });
    expect(messages.length).toBeGreaterThan(1);
    expect(messages[0]!.attributes.isp).toHaveLength(400);
    expect(attributeBytes(messages[0]!.attributes)).toBeGreaterThan(20_000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(256 * 1024);
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
