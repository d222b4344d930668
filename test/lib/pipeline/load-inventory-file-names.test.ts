import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import { loadInventory } from '#lib/pipeline/load-inventory';
import { dir, useInventoryDir } from './load-inventory-fixture.ts';

useInventoryDir();

describe('loadInventory', () => {
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
