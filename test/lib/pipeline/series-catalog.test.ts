import { describe, expect, it } from 'vitest';
import type { DailyRow } from '#lib/domain/series';
import { catalogSeries } from '#lib/pipeline/series-catalog';
import { acmeLink } from '../../helpers/bundle-series.ts';

const link = acmeLink('l1');
const l2 = { ...link, linkId: 'l2', capacityBps: 10e9, line: 3 };
const row: DailyRow = {
  dt: '2026-01-01',
  level: 'link',
  key: 'l1',
  peakBps: 1e9,
  maxBps: 2e9,
  meanBps: 5e8,
  capacityBps: 100e9,
  samples: 288,
};

describe('catalogSeries', () => {
  it('catalogues nothing, without an error, when no link of the inventory has rows yet', () => {
    // Act
    const catalog = catalogSeries([], { links: [link, l2], augments: [] });

    // Assess
    expect(catalog).toEqual({ entries: [], unknown: [] });
  });

  it('joins each series with its member links and inventory capacity', () => {
    // Prepare
    const rows: DailyRow[] = [
      row,
      { ...row, dt: '2026-01-02' },
      { ...row, key: 'l2' },
      { ...row, level: 'group', key: 'Acme/LHR1/pni', dt: '2026-01-02' },
      { ...row, level: 'isp', key: 'Acme' },
    ];

    // Act
    const { entries, unknown } = catalogSeries(rows, {
      links: [link, l2],
      augments: [],
    });

    // Assess
    expect(unknown).toEqual([]);
    expect(
      entries.map((e) => [e.level, e.key, e.lastDay, e.observedDays]),
    ).toEqual([
      ['group', 'Acme/LHR1/pni', '2026-01-02', 1],
      ['isp', 'Acme', '2026-01-01', 1],
      ['link', 'l1', '2026-01-02', 2],
      ['link', 'l2', '2026-01-01', 1],
    ]);
    expect(entries[0]).toMatchObject({ inventoryCapacityBps: 110e9 });
    expect(entries[0]!.links.map((l) => l.linkId)).toEqual(['l1', 'l2']);
    expect(entries[2]!.links).toEqual([link]);
  });

  it('lists series of links the inventory does not know apart', () => {
    // Act
    const { entries, unknown } = catalogSeries([{ ...row, key: 'ghost' }], {
      links: [link],
      augments: [],
    });

    // Assess
    expect(entries).toEqual([]);
    expect(unknown).toEqual([{ level: 'link', key: 'ghost' }]);
  });
});
