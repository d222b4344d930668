import { describe, expect, it } from 'vitest';
import { completeSplitSummaries } from '#lib/pipeline/split-isp-pages';
import { summarizeUnforecastIsp } from '#lib/rules/summarize-unforecast-isp';
import { GROUPS } from '../../fixtures/rules/unforecast-isp.ts';
import { G, LINK_A } from '../rules/series-fixture.ts';

describe('completeSplitSummaries: an ISP split by group, its own series not forecast', () => {
  it('is completed from every shard of an ISP split by group', () => {
    // Prepare: the first shard saw no bundle of Acme's, another two
    const first = summarizeUnforecastIsp(
      'Acme',
      [],
      [
        { ...LINK_A, asn: 64511 },
        { ...LINK_A, asn: 64510 },
      ],
      [{ ...LINK_A, asn: 64511 }],
    );

    // Act
    const [summary] = completeSplitSummaries(
      { isps: [first], evaluations: GROUPS },
      new Set(['Acme']),
    );

    // Assess
    expect(summary).toMatchObject({
      asns: [64510, 64511],
      region: 'EMEA',
      owner: 'emea-peering',
      demandBps: 80 * G,
      capacityBps: 200 * G,
      groupsAtRisk: 1,
    });
    // Partial: the 2 bundles judged in other shards, of links.csv's
    // bundles as the shard of its own series counted them
    expect(summary?.partial).toEqual({ groups: 2, inventoryGroups: 1 });
  });

  it('is left out when no shard judged a bundle of the split ISP', () => {
    // Prepare
    const first = summarizeUnforecastIsp('Acme', [], [LINK_A]);

    // Act
    const isps = completeSplitSummaries(
      { isps: [first], evaluations: [] },
      new Set(['Acme']),
    );

    // Assess
    expect(isps).toEqual([]);
  });
});
