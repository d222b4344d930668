import { describe, expect, it } from 'vitest';
import { likelyMembers, memberPrefix } from '#lib/pipeline/likely-members';

const AS_OF = '2026-12-05';
const link = (linkId: string, group: string, isp = 'Meseta') => ({
  linkId,
  group,
  isp,
});
const MESETA = 'Meseta/MAD1/pni';
const LINKS = [
  link('mad1-meseta-pni-1', MESETA),
  link('mad1-meseta-pni-2', MESETA),
  link('mad1-meseta-ix-1', 'Meseta/MAD1/ix'),
  link('lhr1-albion-pni-1', 'Albion/LHR1/pni', 'Albion'),
];

describe('memberPrefix', () => {
  it("cuts the members' common prefix back to its last '-'", () => {
    // Act
    const prefixes = [
      memberPrefix(['mad1-meseta-pni-1', 'mad1-meseta-pni-2']),
      memberPrefix(['mad1-meseta-pni-10', 'mad1-meseta-pni-11']),
      memberPrefix(['mad1-meseta-pni-1']),
      memberPrefix(['mad1-meseta-pni-a', 'mad1-meseta-pni-b']),
    ];

    // Assess
    expect(prefixes).toEqual([
      'mad1-meseta-pni-',
      'mad1-meseta-pni-',
      'mad1-meseta-pni-',
      'mad1-meseta-pni-',
    ]);
  });

  it('has none too short to be specific, or for a lone member not ending in a number', () => {
    // Act
    const prefixes = [
      memberPrefix(['a1', 'a2']),
      memberPrefix(['lhr1-1', 'lhr1-2']),
      memberPrefix(['fra2-beta-pni-1', 'lhr1-beta-pni-1']),
      memberPrefix(['lhr1-acme-pni']),
      memberPrefix(['lhr1-acme-pni-new']),
    ];

    // Assess
    expect(prefixes).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('likelyMembers', () => {
  it("names the bundle whose members' ids an unknown id starts like, case aside", () => {
    // Act
    const found = likelyMembers(
      ['mad1-meseta-pni-new-1', 'MAD1-MESETA-PNI-3', 'lhr1-albion-pni-2'],
      LINKS,
      AS_OF,
    );

    // Assess
    expect(found).toEqual([
      {
        linkId: 'mad1-meseta-pni-new-1',
        group: MESETA,
        isp: 'Meseta',
        prefix: 'mad1-meseta-pni-',
      },
      {
        linkId: 'MAD1-MESETA-PNI-3',
        group: MESETA,
        isp: 'Meseta',
        prefix: 'mad1-meseta-pni-',
      },
      {
        linkId: 'lhr1-albion-pni-2',
        group: 'Albion/LHR1/pni',
        isp: 'Albion',
        prefix: 'lhr1-albion-pni-',
      },
    ]);
  });

  it("names no bundle for ids unlike every bundle's members", () => {
    // Prepare: another ISP at the same site, another site of the same
    // ISP, a prefix without the number, a bare id, the prefix alone
    const unknown = [
      'mad1-castilla-pni-1',
      'bcn1-meseta-pni-1',
      'mad1-meseta-cache-1',
      'mad1-meseta-pni',
      'mad1-meseta-pni-',
      'x9',
    ];

    // Act
    const found = likelyMembers(unknown, LINKS, AS_OF);

    // Assess
    expect(found).toEqual([]);
  });

  it('takes the longest prefix, and none when two bundles share it', () => {
    // Prepare: two explicit groups numbered on from one prefix; a wider
    // bundle whose members share only 'mad1-meseta-'
    const links = [
      ...LINKS,
      link('mad1-meseta-pni-b-1', 'Meseta/MAD1/b'),
      link('mad1-meseta-pni-b-2', 'Meseta/MAD1/b'),
      link('fra1-meseta-pni-1', 'Meseta/FRA1/one'),
      link('fra1-meseta-pni-2', 'Meseta/FRA1/two'),
    ];

    // Act
    const found = likelyMembers(
      ['mad1-meseta-pni-b-3', 'mad1-meseta-pni-4', 'fra1-meseta-pni-3'],
      links,
      AS_OF,
    );

    // Assess: b's 'mad1-meseta-pni-b-' is longer than pni's; fra1's is
    // both groups', so neither
    expect(found.map((f) => [f.linkId, f.group])).toEqual([
      ['mad1-meseta-pni-b-3', 'Meseta/MAD1/b'],
      ['mad1-meseta-pni-4', MESETA],
    ]);
  });

  it('leaves out links retired by the as-of date', () => {
    // Prepare: the bundle's only link retired, so no bundle is in service
    const links = [
      { ...link('lhr1-albion-pni-1', 'Albion/LHR1/pni'), retiredOn: AS_OF },
    ];

    // Act
    const found = likelyMembers(['lhr1-albion-pni-2'], links, AS_OF);

    // Assess
    expect(found).toEqual([]);
  });
});
