import { describe, expect, it } from 'vitest';
import { summarizeUnforecastIsp } from '#lib/rules/summarize-unforecast-isp';
import { GROUPS } from '../../fixtures/rules/unforecast-isp.ts';
import { G, LINK_A, LINK_B } from './series-fixture.ts';

describe('summarizeUnforecastIsp', () => {
  it("gives links.csv's AS number, region and owner, and its bundles' figures", () => {
    // Prepare: its first links are in EMEA, owned by emea-peering
    const links = [
      { ...LINK_A, asn: 64511 },
      { ...LINK_B, asn: 64511 },
      { ...LINK_A, asn: 64511, region: 'APAC', owner: 'apac-peering' },
    ];

    // Act
    const summary = summarizeUnforecastIsp('Acme', GROUPS, links);

    // Assess: before, the report's fallback gave AS0 and the first
    // forecast bundle's region and owner
    expect(summary).toEqual({
      isp: 'Acme',
      asn: 64511,
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
    });
  });
});
