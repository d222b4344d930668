import { describe, expect, it } from 'vitest';
import type { InventoryLink } from '#lib/domain/inventory';
import {
  chooseShards,
  shardOfIsp,
  splitInventory,
} from '#lib/pipeline/choose-shards';

const link = (linkId: string, isp: string, group: string): InventoryLink => ({
  linkId,
  isp,
  asn: 64500,
  site: 'LHR1',
  region: 'EMEA',
  linkType: 'pni',
  capacityBps: 10e9,
  group,
  portBps: 10e9,
  leadTimeDays: 90,
  owner: 'emea',
  line: 2,
});

describe('chooseShards', () => {
  it('packs whole ISPs in code point order up to the bound', () => {
    // Prepare
    const sizes = [
      { isp: 'beta', series: 3 },
      { isp: 'Alpha', series: 2 },
      { isp: 'Zeta', series: 2 },
      { isp: 'Ünal', series: 1 },
    ];

    // Act
    const shards = chooseShards(sizes, 4);

    // Assess: upper case sorts before lower case, 'Ü' after both.
    expect(shards).toEqual([
      { shard: 's0001', series: 4, firstIsp: 'Alpha' },
      { shard: 's0002', series: 4, firstIsp: 'beta' },
    ]);
  });

  it('gives an ISP larger than the bound a shard of its own', () => {
    // Act
    const shards = chooseShards(
      [
        { isp: 'A', series: 1 },
        { isp: 'B', series: 9 },
        { isp: 'C', series: 1 },
      ],
      4,
    );

    // Assess
    expect(shards.map((s) => [s.firstIsp, s.series])).toEqual([
      ['A', 1],
      ['B', 9],
      ['C', 1],
    ]);
    expect(shardOfIsp(shards, 'Bz')).toBe('s0002');
  });
});

describe('splitInventory', () => {
  it("gives a shard its ISPs' links and the links of the groups it holds", () => {
    // Prepare: group G spans ISPs A and C; it goes with A.
    const shards = chooseShards(
      [
        { isp: 'A', series: 3 },
        { isp: 'C', series: 3 },
      ],
      3,
    );
    const inventory = {
      links: [link('a1', 'A', 'G'), link('c1', 'C', 'G'), link('c2', 'C', 'H')],
      augments: [
        { group: 'H', inServiceDate: '2027-01-01', addedBps: 1, reference: '' },
      ],
    };

    // Act
    const parts = splitInventory(inventory, shards);

    // Assess
    const ids = (shard: string) => parts.get(shard)?.links.map((l) => l.linkId);
    expect(ids('s0001')).toEqual(['a1', 'c1']);
    expect(ids('s0002')).toEqual(['c1', 'c2']);
    expect(parts.get('s0001')?.augments).toEqual([]);
    expect(parts.get('s0002')?.augments).toHaveLength(1);
  });
});
