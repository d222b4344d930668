import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHeadroom } from '../../helpers/run-headroom.ts';

/** `headroom run` on the lake `folder` and the inventory given. */
const runOn = (folder: string, inventory: string, ...options: string[]) =>
  runHeadroom(
    'run',
    ...options,
    '--lake',
    folder,
    '--inventory',
    inventory,
    '--out',
    join(folder, 'out'),
  );

/**
 * `headroom run` on a lake (an empty traffic/) with no inventory beside it:
 * the run stops there.
 */
const runWithoutInventory = async (folder: string, ...options: string[]) => {
  await mkdir(join(folder, 'traffic'), { recursive: true });
  return runOn(folder, join(folder, 'none'), ...options);
};

describe('headroom configuration and inventory', () => {
  it.each([
    ['{"horizonDays": "soon"}', /bad\.json, line 1: field 'horizonDays'/],
    [
      '{"thresholds": {"pni": {"critcal": 0.9}}}',
      /field 'thresholds\.pni\.critcal' Unrecognized key: "critcal" \(did you mean 'critical'\?\) \(got 0\.9\)/,
    ],
    [
      '{"horizonDays": 90,}',
      /bad\.json, line 1: is not valid JSON at column 20 \(a comma before '}'/,
    ],
  ])(
    'stops on a bad configuration %s naming file and field',
    async (text, message) => {
      // Prepare
      const folder = await mkdtemp(join(tmpdir(), 'headroom-cli-'));
      const config = join(folder, 'bad.json');
      await writeFile(config, text);

      // Act
      const { code, output } = await runHeadroom(
        'run',
        '--config',
        config,
        '--out',
        join(folder, 'out'),
      );

      // Assess
      expect(code).toBe(1);
      expect(output).toMatch(message);
      expect(output).not.toMatch(/at .*\.ts:\d+/);
    },
  );

  it('reads a configuration file saved with a UTF-8 byte order mark', async () => {
    // Prepare: a valid file, BOM first; no inventory, so the run stops there
    const folder = await mkdtemp(join(tmpdir(), 'headroom-cli-'));
    const config = join(folder, 'bom.json');
    await writeFile(
      config,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('{"horizonDays": 180}'),
      ]),
    );

    // Act
    const { code, output } = await runWithoutInventory(
      folder,
      '--config',
      config,
    );

    // Assess: past the configuration, stopped by the missing inventory
    expect(code).toBe(1);
    expect(output).not.toContain('bom.json');
    expect(output).toContain(`${join(folder, 'none')}: does not exist`);
  });

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
