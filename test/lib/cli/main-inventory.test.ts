import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHeadroom } from '../../helpers/run-headroom.ts';
import { runOn, runWithoutInventory } from './main-config-fixture.ts';

describe('headroom configuration and inventory', () => {
  it('names a missing inventory folder', async () => {
    // Prepare
    const folder = await mkdtemp(join(tmpdir(), 'headroom-cli-'));

    // Act
    const { code, output } = await runWithoutInventory(folder);

    // Assess: it said "<folder>/links.csv: is missing from the
    // inventory", as of a folder that is there
    expect(code).toBe(1);
    expect(output).toContain(
      `headroom: ${join(folder, 'none')}: does not exist: --inventory must ` +
        'name the folder holding links.csv',
    );
  });

  it.each(['run', 'backtest'])(
    'headroom %s names an inventory given as its links.csv, and its folder',
    async (command) => {
      // Prepare
      const folder = await mkdtemp(join(tmpdir(), 'headroom-cli-'));
      await mkdir(join(folder, 'series_daily'));
      await mkdir(join(folder, 'inventory'));
      const links = join(folder, 'inventory', 'links.csv');
      await writeFile(links, 'link_id\n');

      // Act
      const { code, output } = await runHeadroom(
        command,
        '--lake',
        folder,
        '--inventory',
        links,
        '--out',
        join(folder, 'out', command === 'run' ? '' : 'b.json'),
      );

      // Assess: it said "cannot read links.csv under <…>/links.csv"
      expect(code).toBe(1);
      expect(output).toContain(
        `headroom: ${links}: is a file: --inventory must name the folder ` +
          `holding links.csv (its folder, ${join(folder, 'inventory')}?)`,
      );
      expect(output).not.toMatch(/\n\s+at /);
    },
  );

  it.each(['links.csv', 'augments.csv'])(
    'names an inventory whose %s is a folder',
    async (name) => {
      // Prepare
      const folder = await mkdtemp(join(tmpdir(), 'headroom-cli-'));
      await mkdir(join(folder, 'traffic'));
      const inventory = join(folder, 'inventory');
      await mkdir(join(inventory, name), { recursive: true });

      // Act
      const { code, output } = await runOn(folder, inventory);

      // Assess: it said "cannot read augments.csv under <inventory>",
      // with no reason
      expect(code).toBe(1);
      expect(output).toContain(
        `headroom: ${join(inventory, name)}: is a folder: ${name} must be a ` +
          'CSV file',
      );
    },
  );

  it.each(['links.csv', 'augments.csv'])(
    'names an inventory whose %s is a symbolic link to nothing',
    async (name) => {
      // Prepare: a links.csv beside, so that augments.csv is reached
      const folder = await mkdtemp(join(tmpdir(), 'headroom-cli-'));
      await mkdir(join(folder, 'traffic'));
      const inventory = join(folder, 'inventory');
      await mkdir(inventory);
      if (name === 'augments.csv') {
        await writeFile(
          join(inventory, 'links.csv'),
          'link_id,isp,asn,site,region,link_type,capacity_bps\n' +
            'l1,Acme,64500,FRA1,EMEA,pni,100000000000\n',
        );
      }
      const target = join(folder, 'moved', name);
      await symlink(target, join(inventory, name));

      // Act
      const { code, output } = await runOn(folder, inventory);

      // Assess: it said "links.csv: is missing from the inventory, but
      // links.csv is there: … name it links.csv"
      expect(code).toBe(1);
      expect(output).toContain(
        `headroom: ${join(inventory, name)}: is a symbolic link to ` +
          `${target}, which does not exist: ${name} must be a CSV file (or ` +
          'a link to one)',
      );
    },
  );
});
