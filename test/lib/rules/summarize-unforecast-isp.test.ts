import { describe, expect, it } from 'vitest';
import { summarizeUnforecastIsp } from '#lib/rules/summarize-unforecast-isp';
import { GROUPS } from '../../fixtures/rules/unforecast-isp.ts';
import { G, LINK_A, LINK_B } from './series-fixture.ts';

describe('summarizeUnforecastIsp', () => {
  it("gives links.csv's AS numbers, region and owner, and its bundles' figures", () => {
    // Prepare: its first links are in EMEA, owned by emea-peering; it
    // peers from two ASNs, the first line's the higher
    const links = [
      { ...LINK_A, asn: 64603 },
      { ...LINK_B, asn: 64602 },
      { ...LINK_A, asn: 64603, region: 'APAC', owner: 'apac-peering' },
    ];

    // Act
    const summary = summarizeUnforecastIsp('Acme', GROUPS, links);

    // Assess: before, the report's fallback gave AS0 and the first
    // forecast bundle's region and owner, and then the first line's ASN
    expect(summary).toEqual({
      isp: 'Acme',
      asns: [64602, 64603],
      region: 'EMEA',
      owner: 'emea-peering',
      demandBps: 80 * G,
      growthPctPerYear: Number.NaN,
      growthLowPctPerYear: Number.NaN,
      growthHighPctPerYear: Number.NaN,
      capacityBps: 200 * G,
      headroom: 0.6,
      groupsAtRisk: 1,
      worstSeverity: 'warning',
      partial: { groups: 2 },
    });
  });

  it('says its figures are partial, with the bundles links.csv gives it in service', () => {
    // Prepare: its two forecast bundles (SIN1, SYD1: 200 G) of four in
    // links.csv, LHR1's two links and a silent one at FRA1, in service
    // (the caller leaves retired links out)
    const inService = [
      LINK_A,
      LINK_B,
      { ...LINK_A, linkId: 'fra1-acme-pni-1', group: 'Acme/FRA1/pni' },
      { ...LINK_A, linkId: 'sin1-acme-pni-1', group: 'Acme/SIN1/pni' },
      { ...LINK_A, linkId: 'syd1-acme-pni-1', group: 'Acme/SYD1/pni' },
    ];

    // Act
    const summary = summarizeUnforecastIsp('Acme', GROUPS, [], inService);

    // Assess
    expect(summary.partial).toEqual({ groups: 2, inventoryGroups: 4 });
    expect(summary.capacityBps).toBe(200 * G);
  });
});
