import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHeadroom } from '../../helpers/run-headroom.ts';

/**
 * A lake with no traffic and an inventory whose links.csv has a column
 * `owners` of the user's own (a list of people), and `headroom run` on
 * them with the options given.
 */
async function runWithOwners(config?: string) {
  const folder = await mkdtemp(join(tmpdir(), 'headroom-cli-'));
  await mkdir(join(folder, 'traffic'));
  const links = join(folder, 'inventory', 'links.csv');
  await mkdir(join(folder, 'inventory'));
  await writeFile(
    links,
    'link_id,isp,asn,site,region,link_type,capacity_bps,owners\n' +
      'l1,Acme,64500,FRA1,EMEA,pni,100000000000,alice;bob\n',
  );
  const options: string[] = [];
  if (config !== undefined) {
    await writeFile(join(folder, 'c.json'), config);
    options.push('--config', join(folder, 'c.json'));
  }
  const run = await runHeadroom(
    'run',
    ...options,
    '--lake',
    folder,
    '--inventory',
    join(folder, 'inventory'),
    '--out',
    join(folder, 'out'),
  );
  return { ...run, folder, links };
}

describe('headroom run with a links.csv column of the user own', () => {
  it('refuses a column that reads as a typo, naming the setting that declares it', async () => {
    // Act
    const { code, output, links } = await runWithOwners();

    // Assess
    expect(code).toBe(1);
    expect(output).toContain(
      `headroom: ${links}, line 1: field 'owners' is not a column ` +
        'Headroom reads, so its values would be ignored: did you mean ' +
        "'owner'? name it so; or, if it is a column of your own, add " +
        '"owners" to the configuration\'s inventory.extraColumns for ' +
        'Headroom to ignore it',
    );
  });

  it('reads the inventory once the configuration declares the column extra', async () => {
    // Act
    const { code, output, folder } = await runWithOwners(
      '{"inventory": {"extraColumns": ["owners"]}}',
    );

    // Assess: past the inventory, stopped by the lake with no traffic
    expect(code).toBe(1);
    expect(output).not.toContain('owners');
    expect(output).toContain(`headroom: ${folder}: holds no traffic`);
  });

  it('refuses a declared column that Headroom reads', async () => {
    // Act
    const { code, output, folder } = await runWithOwners(
      '{"inventory": {"extraColumns": ["owners", "owner"]}}',
    );

    // Assess
    expect(code).toBe(1);
    expect(output).toContain(
      `headroom: ${join(folder, 'c.json')}, line 1: field ` +
        "'inventory.extraColumns.1' is a column of links.csv Headroom " +
        'reads, not an extra one it may ignore',
    );
  });
});
