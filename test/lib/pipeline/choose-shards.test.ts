import { describe, expect, it } from 'vitest';
import type { InventoryLink } from '#lib/domain/inventory';
import { chooseShards, shardOf, splitIsps } from '#lib/pipeline/choose-shards';
import { splitInventory } from '#lib/pipeline/split-inventory';

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

  it('splits an ISP larger than the bound by group, its own series first', () => {
    // Prepare: B has 9 series: its ISP-level one ('') and three groups.
    const counts = [
      { isp: 'A', group: 'A/1', series: 2 },
      { isp: 'B', group: '', series: 1 },
      { isp: 'B', group: 'B/3', series: 3 },
      { isp: 'B', group: 'B/1', series: 3 },
      { isp: 'B', group: 'B/2', series: 2 },
      { isp: 'C', group: 'C/1', series: 1 },
    ];

    // Act
    const shards = chooseShards(counts, 4);

    // Assess: A alone (B starts a shard), B in two parts, C packs with B's last.
    expect(shards).toEqual([
      { shard: 's0001', series: 2, firstIsp: 'A' },
      { shard: 's0002', series: 4, firstIsp: 'B' },
      { shard: 's0003', series: 2, firstIsp: 'B', firstGroup: 'B/2' },
      { shard: 's0004', series: 4, firstIsp: 'B', firstGroup: 'B/3' },
    ]);
    expect(splitIsps(shards)).toEqual(['B']);
    expect(shardOf(shards, 'B')).toBe('s0002');
    expect(shardOf(shards, 'B', 'B/1')).toBe('s0002');
    expect(shardOf(shards, 'B', 'B/2')).toBe('s0003');
    expect(shardOf(shards, 'B', 'B/3')).toBe('s0004');
    expect(shardOf(shards, 'C', 'C/1')).toBe('s0004');
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
    expect(shardOf(shards, 'Bz')).toBe('s0002');
  });
});

describe('splitInventory', () => {
  it("gives a shard its ISPs' links and the links of the groups it holds", () => {
    // Prepare: A's group G and C's group H, one ISP per shard.
    const shards = chooseShards(
      [
        { isp: 'A', series: 3 },
        { isp: 'C', series: 3 },
      ],
      3,
    );
    const inventory = {
      links: [link('a1', 'A', 'G'), link('c1', 'C', 'H'), link('c2', 'C', 'H')],
      augments: [
        { group: 'H', inServiceDate: '2027-01-01', addedBps: 1, reference: '' },
      ],
    };

    // Act
    const parts = splitInventory(inventory, shards);

    // Assess
    const ids = (shard: string) =>
      parts.get(shard)?.links.map((l: InventoryLink) => l.linkId);
    expect(ids('s0001')).toEqual(['a1']);
    expect(ids('s0002')).toEqual(['c1', 'c2']);
    expect(parts.get('s0001')?.augments).toEqual([]);
    expect(parts.get('s0002')?.augments).toHaveLength(1);
  });

  it("gives a split ISP's first shard all its links, for its own series", () => {
    // Prepare: B is split; its groups B/1 and B/2 go to two shards.
    const shards = chooseShards(
      [
        { isp: 'B', group: '', series: 1 },
        { isp: 'B', group: 'B/1', series: 3 },
        { isp: 'B', group: 'B/2', series: 3 },
      ],
      4,
    );
    const inventory = {
      links: [link('b1', 'B', 'B/1'), link('b2', 'B', 'B/2')],
      augments: [],
    };

    // Act
    const parts = splitInventory(inventory, shards);

    // Assess
    const ids = (shard: string) =>
      parts.get(shard)?.links.map((l: InventoryLink) => l.linkId);
    expect(shards.map((s) => s.firstGroup)).toEqual([undefined, 'B/2']);
    expect(ids('s0001')).toEqual(['b1', 'b2']);
    expect(ids('s0002')).toEqual(['b2']);
  });
});
