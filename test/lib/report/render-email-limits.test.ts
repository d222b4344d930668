import { describe, expect, it } from 'vitest';
import {
  attributeBytes,
  attributeNames,
  attributeValue,
} from '#lib/domain/message-attribute';
import { withRepeatNotice } from '#lib/domain/repeat-notice';
import { bytes, MAX_BODY_BYTES } from '#lib/report/email-split';
import { renderIspMessage } from '#lib/report/render-email';
import {
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';

const BY_OWNER = {
  ...EMAIL_CONFIG,
  notify: { ...EMAIL_CONFIG.notify, by: 'owner' as const },
};

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

  it("keeps an owner's message naming 2,500 ISPs within SNS's 256 KiB a part", () => {
    // Prepare: one owner, 2,500 ISPs with long names, a bundle each
    const groups = Array.from({ length: 2500 }, (_, i) => {
      const isp = `Regional Broadband and Fibre Cooperative number ${i} GmbH`;
      return { ...FRA2_IX, isp, key: `${isp}/FRA2/ix` };
    });

    // Act
    const messages = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'emea-peering',
      groups,
      config: BY_OWNER,
    });

    // Assess: SNS counts every attribute's name, type and value; as a
    // possible repeat, the largest form SnsNotifier sends
    const sizes = messages.map((m) => {
      const sent = withRepeatNotice({ ...m, mayRepeat: '2026-11-26T06:00Z' });
      return (
        bytes(sent.subject) + bytes(sent.body) + attributeBytes(m.attributes)
      );
    });
    const body = messages.reduce((sum, m) => sum + bytes(m.body), 0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(256 * 1024);
    expect(messages.length).toBeLessThanOrEqual(
      Math.ceil(body / MAX_BODY_BYTES) + 1,
    );
    expect(messages.flatMap((m) => attributeNames(m.attributes.isp))).toEqual(
      attributeNames(attributeValue(groups.map((g) => g.isp))),
    );
  });

  it("names in each part's links and isp attribute only its own ISPs", () => {
    // Prepare: one owner, four ISPs, a budget of about two bundles a part
    const groups = ['Acme', 'Bolt', 'Cato', 'Dyna'].map((isp) => ({
      ...FRA2_IX,
      isp,
      key: `${isp}/FRA2/ix`,
    }));

    // Act
    const messages = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'emea-peering',
      groups,
      config: BY_OWNER,
      maxBytes: 3000,
    });

    // Assess
    const linked = messages.map((m) =>
      [...m.body.matchAll(/^Report for (\w+):/gm)].map((hit) => hit[1]),
    );
    const told = messages.map((m) =>
      [...m.body.matchAll(/Bundle: +(\w+)\/FRA2\/ix/g)].map((hit) => hit[1]),
    );
    expect(messages).toHaveLength(2);
    expect(linked).toEqual([
      ['Acme', 'Bolt'],
      ['Cato', 'Dyna'],
    ]);
    expect(told.map((isps) => [...new Set(isps)])).toEqual(linked);
    expect(messages.map((m) => m.attributes.isp)).toEqual(linked);
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
      /^\[Headroom\] OVERDUE Very Long .*…: 1 critical — was due 6 d ago$/,
    );
  });
});
