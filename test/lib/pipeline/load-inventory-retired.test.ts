import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import { loadInventory } from '#lib/pipeline/load-inventory';
import { writeLinksCsv } from '../../helpers/lake.ts';
import { dir, useInventoryDir } from './load-inventory-fixture.ts';

useInventoryDir();

describe('loadInventory', () => {
  it('stops on a link retired after the as-of date, naming file, line, field and value', async () => {
    // Prepare: l2's retirement typed a year ahead
    const [l1, l2] = [
      { linkId: 'l1', isp: 'Acme', site: 'LHR1', linkType: 'pni' },
      { linkId: 'l2', isp: 'Acme', site: 'LHR1', linkType: 'pni' },
    ].map((l) => ({ ...l, capacityBps: 1e10 }));
    await writeLinksCsv(dir, [
      { ...l1!, retiredOn: '2026-11-05' },
      { ...l2!, retiredOn: '2027-11-05' },
    ]);
    const store = new FsObjectStore(dir);

    // Act
    const loading = loadInventory(store, DEFAULT_CONFIG, dir, {
      asOf: '2026-12-05',
      today: '2026-12-05',
    });

    // Assess: the day before, or a backtest (no as-of), reads it
    await expect(loading).rejects.toThrow(
      `${dir}/links.csv, line 3: field 'retired_on' is after the as-of ` +
        'date 2026-12-05: write the day the link was taken out of service ' +
        'once it is (a planned retirement is not counted ahead; leave the ' +
        'field empty until then) (got "2027-11-05")',
    );
    const { links } = await loadInventory(store, DEFAULT_CONFIG, dir);
    expect(links.map((l) => l.retiredOn)).toEqual(['2026-11-05', '2027-11-05']);
  });

  it('reads a link retired since a replayed as-of date as in service then, and stops on one retired after today', async () => {
    // Prepare: l2 retired on 12-01; 11-20 replayed on 12-05
    const link = {
      isp: 'Acme',
      site: 'LHR1',
      linkType: 'pni',
      capacityBps: 1e10,
    };
    await writeLinksCsv(dir, [
      { ...link, linkId: 'l1' },
      { ...link, linkId: 'l2', retiredOn: '2026-12-01' },
    ]);
    const store = new FsObjectStore(dir);
    const replay = { asOf: '2026-11-20', today: '2026-12-05' };

    // Act
    const { links } = await loadInventory(store, DEFAULT_CONFIG, dir, replay);

    // Assess: before, 'is after the as-of date 2026-11-20: write the day
    // the link was taken out of service once it is'
    expect(links.map((l) => l.retiredOn)).toEqual([undefined, '2026-12-01']);
    const early = { ...replay, today: '2026-11-30' };
    await expect(
      loadInventory(store, DEFAULT_CONFIG, dir, early),
    ).rejects.toThrow(
      `${dir}/links.csv, line 3: field 'retired_on' is after today, ` +
        '2026-11-30: write the day',
    );
  });
});
