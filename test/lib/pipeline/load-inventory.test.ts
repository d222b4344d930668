import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import { loadInventory } from '#lib/pipeline/load-inventory';
import { makeTempDir, removeDir, writeLinksCsv } from '../../helpers/lake.ts';

let dir: string;

beforeEach(async () => {
  dir = await makeTempDir('inventory-');
  await writeLinksCsv(dir, [
    {
      linkId: 'l1',
      isp: 'Thames Fibre',
      site: 'LHR1',
      linkType: 'pni',
      capacityBps: 1e10,
    },
    {
      linkId: 'l2',
      isp: 'Meseta',
      site: 'MAD1',
      linkType: 'ix',
      capacityBps: 1e10,
    },
  ]);
});

afterEach(async () => {
  await removeDir(dir);
});

describe('loadInventory', () => {
  it('stops on a byte that is not UTF-8, naming the file and its line, instead of renaming the ISP', async () => {
    // Prepare: 'Thames Fibre' with a Latin-1 é on the third line
    const file = join(dir, 'links.csv');
    const text = await readFile(file, 'utf8');
    const [head, tail] = text.split('Thames Fibre');
    const bytes = Buffer.concat([
      Buffer.from(`${head}Thames F`),
      Buffer.from([0xe9]),
      Buffer.from(`bre${tail}`),
    ]);
    await writeFile(file, bytes);
    const line = head!.split('\n').length;

    // Act
    const loading = loadInventory(new FsObjectStore(dir), DEFAULT_CONFIG, dir);

    // Assess
    await expect(loading).rejects.toThrow(
      new RegExp(`links\\.csv.*line ${line}.*not UTF-8`),
    );
  });

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

  it('reads a UTF-8 file with a byte order mark', async () => {
    // Prepare
    const file = join(dir, 'links.csv');
    await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`);

    // Act
    const { links } = await loadInventory(
      new FsObjectStore(dir),
      DEFAULT_CONFIG,
    );

    // Assess
    expect(links.map((l) => l.linkId)).toEqual(['l1', 'l2']);
  });

  it.each([
    ['Augments.csv'],
    ['augment.csv'],
    ['augments.CSV'],
    ['augments.xlsx'],
    ['augments.csv.txt'],
  ])(
    'stops when augments.csv is not there but %s is, whose augments would not count',
    async (name) => {
      // Prepare
      await writeFile(
        join(dir, name),
        'group,in_service_date,added_bps,reference\nThames Fibre/LHR1/pni,2027-01-15,1e10,CHG-1\n',
      );

      // Act
      const loading = loadInventory(
        new FsObjectStore(dir),
        DEFAULT_CONFIG,
        dir,
      );

      // Assess
      await expect(loading).rejects.toThrow(
        `${dir}/augments.csv: is not there, but ${name} is: file names match ` +
          'exactly, so none of its augments would count; name it augments.csv, ' +
          'or move it out of the inventory if it plans none',
      );
    },
  );

  it('reads an inventory without augments.csv, files of other names beside it', async () => {
    // Prepare: an archive in a folder of its own, and notes
    await writeFile(join(dir, 'notes.txt'), 'augments are ordered by email\n');
    // names that only begin as augments.csv's: another file, which
    // stopped the run as augments.csv misnamed
    await writeFile(join(dir, 'augmentation-plan.pdf'), '%PDF\n');
    await writeFile(join(dir, 'augments-2025-archive.csv'), 'x\n');
    await mkdir(join(dir, 'archive'));
    await writeFile(join(dir, 'archive', 'augments-2025.csv'), 'x\n');

    // Act
    const { augments } = await loadInventory(
      new FsObjectStore(dir),
      DEFAULT_CONFIG,
      dir,
    );

    // Assess
    expect(augments).toEqual([]);
  });

  it('names links.csv written otherwise when links.csv is not there', async () => {
    // Prepare
    await rename(join(dir, 'links.csv'), join(dir, 'Links.csv'));

    // Act
    const loading = loadInventory(new FsObjectStore(dir), DEFAULT_CONFIG, dir);

    // Assess
    await expect(loading).rejects.toThrow(
      `${dir}/links.csv: is missing from the inventory, but Links.csv is there: file names match exactly; name it links.csv`,
    );
  });
});
