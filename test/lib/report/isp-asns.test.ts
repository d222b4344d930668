import { describe, expect, it } from 'vitest';
import { renderReport } from '#lib/report/render-report';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { htmlText } from '../../helpers/html-text.ts';
import { read } from './render-level-csv-fixture.ts';

/** The fixture with Acme Telecom peering from two ASNs (links.csv's). */
function twoAsns() {
  const input = fixtureInput();
  return {
    ...input,
    isps: input.isps.map((s) =>
      s.isp === 'Acme Telecom' ? { ...s, asns: [64602, 64603] } : s,
    ),
  };
}

describe('an ISP with two ASNs', () => {
  it('lists both on its page, its partner pack and the overview', async () => {
    // Prepare
    const files = await renderReport(twoAsns());
    const page = (path: string) =>
      htmlText(files.find((f) => f.path === path)!.body);

    // Act
    const isp = page('isp/acme-telecom.html');
    const pack = page('partners/acme-telecom.html');
    const overview = page('index.html');

    // Assess: the first line's ASN alone was shown before
    expect(isp).toContain('AS64602, AS64603 · EMEA');
    expect(pack).toContain('Acme Telecom (AS64602, AS64603): interconnection');
    expect(overview).toContain('AS64602, AS64603');
    expect(page('isp/globex.html')).toContain('AS64501 · EMEA');
  });

  it("writes both in isps.csv's asn cell, one ASN as a number", () => {
    // Prepare / Act
    const rows = read(twoAsns())['isps.csv']!;

    // Assess
    expect(rows.map((r) => [r.isp, r.asn])).toEqual([
      ['Acme Telecom', '64602 64603'],
      ['Globex', '64501'],
      ['Initech', '64502'],
    ]);
  });
});
