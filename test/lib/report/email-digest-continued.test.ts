import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { attributeBytes } from '#lib/domain/message-attribute';
import { withRepeatNotice } from '#lib/domain/repeat-notice';
import { renderDigestParts } from '#lib/report/email-digest';
import { reportLink } from '#lib/report/email-format';
import { bytes, MAX_BODY_BYTES } from '#lib/report/email-split';
import {
  AMS1_CACHE,
  EMAIL_CONFIG,
} from '../../fixtures/rules/email-evaluations.ts';

const ISPS = ['Acme Telecom', 'Bolt', 'Øresund Fiber'];

/** 2,500 bundles at watch for each of three ISPs: 3 parts of digest. */
const BUNDLES: Evaluation[] = ISPS.flatMap((isp) =>
  Array.from({ length: 2500 }, (_, i) => {
    const site = `S${String(i).padStart(4, '0')}`;
    return { ...AMS1_CACHE, isp, key: `${isp}/${site}/cache`, site };
  }),
);

/** The two lines above a part's first bundle, and that bundle's key. */
function firstBundle(body: string): [string, string, string] {
  const lines = body.split('\n');
  const at = lines.findIndex((line) => /^ {2}S\d{4} cache$/.test(line));
  const isp = ISPS.find((name) => lines[at - 2]!.startsWith(name)) ?? '';
  const key = `${isp}/${lines[at]!.trim().replace(' ', '/')}`;
  return [lines[at - 2]!, lines[at - 1]!, key];
}

describe('renderDigestParts: a part that starts inside an ISP', () => {
  it("opens with the ISP's name, marked continued, and its link, within SNS's limit", () => {
    // Act: three ISPs over SNS's 256 KB, at its own budget
    const { messages, groups } = renderDigestParts({
      asOf: '2026-11-30',
      owner: 'emea-peering',
      groups: BUNDLES,
      config: EMAIL_CONFIG,
    });

    // Assess: before, a part starting at an ISP's second bundle or later
    // listed bundles under no ISP's name or link
    expect(messages.length).toBeGreaterThan(1);
    const base = EMAIL_CONFIG.notify.reportBaseUrl;
    messages.forEach((m, i) => {
      const [name, link, key] = firstBundle(m.body);
      const g = BUNDLES.find((b) => b.key === key)!;
      expect(key).toBe(groups[i]![0]);
      const opens = g.site === 'S0000';
      expect(name).toBe(opens ? g.isp : `${g.isp} (continued)`);
      expect(link).toBe(`<${reportLink(base, g.isp, '2026-11-30')}>`);
    });
    expect(messages.slice(1).some((m) => m.body.includes('(continued)'))).toBe(
      true,
    );
    // Within its budget, and within SNS's 256 KiB as a possible repeat
    for (const m of messages) {
      expect(bytes(m.body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
      const sent = withRepeatNotice({ ...m, mayRepeat: '2026-11-30T06:00Z' });
      const size =
        bytes(sent.subject) + bytes(sent.body) + attributeBytes(m.attributes);
      expect(size).toBeLessThanOrEqual(256 * 1024);
    }
    // The heading names no bundle: each part records the bundles it tells
    expect(groups.flat()).toEqual(BUNDLES.map((g) => g.key));
  });
});
