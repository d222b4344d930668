import { describe, expect, it } from 'vitest';
import { renderDigest } from '#lib/report/email-digest';
import {
  AMS1_CACHE,
  EMAIL_CONFIG,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { asText, bundleLinesOf } from './render-email-fixture.ts';

/** The figures beneath a bundle's title in a digest, spaces squeezed. */
function figuresOf(text: string, title: string): string {
  const lines = bundleLinesOf(text);
  return lines[lines.indexOf(`  ${title}`) + 1]!.replace(/ +/g, ' ');
}

describe('renderResolvedMessage and renderDigest', () => {
  it('says in the digest that a group over critical now has reached it, as its alert does', () => {
    // Prepare: LHR1 at 88 % now; its forecast's first day over 85 % ahead
    const over = { ...LHR1_PNI, utilization: 0.88 };

    // Act
    const [digest] = renderDigest({
      asOf: '2026-11-30',
      owner: 'emea-peering',
      groups: [over],
      config: EMAIL_CONFIG,
    });

    // Assess
    expect(figuresOf(asText(digest!), 'LHR1 pni')).toMatch(/ 88.0% reached$/);
  });

  it('tells apart in the digest two bundles of one ISP at one site and link type, by the name of the one that has it', () => {
    // Prepare: LHR1's default bundle and a second one named in links.csv
    const east = {
      ...LHR1_PNI,
      key: 'Acme LHR1 east',
      group: 'Acme LHR1 east',
    };

    // Act
    const [digest] = renderDigest({
      asOf: '2026-11-30',
      owner: 'emea-peering',
      groups: [LHR1_PNI, east],
      config: EMAIL_CONFIG,
    });

    // Assess: the named one's name in its title, its figures beneath
    const lines = bundleLinesOf(asText(digest!));
    expect(lines.filter((l) => /^ {2}\S/.test(l)).sort()).toEqual([
      '  LHR1 pni',
      '  LHR1 pni "Acme LHR1 east"',
    ]);
  });

  it("writes an ISP's report link in the digest in angle brackets, so that no mail client takes a closing parenthesis into it", () => {
    // Prepare: the local run's file:// store
    const config = {
      ...EMAIL_CONFIG,
      notify: { ...EMAIL_CONFIG.notify, reportBaseUrl: 'file:///srv/out/' },
    };

    // Act
    const [digest] = renderDigest({
      asOf: '2026-11-30',
      owner: 'emea-peering',
      groups: [LHR1_PNI],
      config,
    });

    // Assess: RFC 3986, Appendix C
    const url = 'file:///srv/out/reports/2026-11-30/isp/acme-telecom.html';
    expect(digest!.body).toContain(`\nAcme Telecom\n<${url}>\n`);
    expect(digest!.body).not.toContain(`${url})`);
  });

  it('counts one bundle of a digest in the singular', () => {
    // Act
    const [digest] = renderDigest({
      asOf: '2026-11-30',
      owner: 'emea-peering',
      groups: [LHR1_PNI],
      config: EMAIL_CONFIG,
    });

    // Assess
    expect(digest!.body).toContain(
      '\n1 bundle at watch or above (1 critical).\n',
    );
  });

  it('marks in the digest what a bundle has no date or ask for as the overview does, not with a hyphen', () => {
    // Prepare: AMS1 cache at watch, with no order-by date, critical date
    // or ask

    // Act
    const [digest] = renderDigest({
      asOf: '2026-11-30',
      owner: 'emea-peering',
      groups: [AMS1_CACHE],
      config: EMAIL_CONFIG,
    });

    // Assess
    expect(figuresOf(asText(digest!), 'AMS1 cache')).toBe(
      ' watch — none 40.0% — (warning 2027-09-01)',
    );
  });

  it('gives a bundle that stays below critical its warning date, which is why it is listed and what its ask is for', () => {
    // Prepare: at watch over its warning threshold already, asking for a
    // port to stay under it, no order-by date
    const over = {
      ...AMS1_CACHE,
      utilization: 0.72,
      recommendedPorts: 1,
      recommendedAddBps: 100e9,
    };

    // Act
    const [digest] = renderDigest({
      asOf: '2026-11-30',
      owner: 'emea-peering',
      groups: [over],
      config: EMAIL_CONFIG,
    });

    // Assess: before, 'order by — ask 1 × 100 Gbps now 72.0% critical —'
    const text = asText(digest!);
    expect(figuresOf(text, 'AMS1 cache')).toBe(
      ' watch — 1 × 100 Gbps 72.0% — (warning reached)',
    );
    expect(text.replace(/\n/g, ' ')).toContain(
      'critical at the earliest (for a bundle that stays below critical, the day it reaches warning: its ask keeps it under warning).',
    );
  });
});
