import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHeadroom } from '../../helpers/run-headroom.ts';

describe('headroom run --out', () => {
  it.each([
    ['a file', 'report.html', ''],
    ['a folder under a file', 'report.html', '/reports'],
  ])(
    'stops with a message, not a stack trace, on %s',
    async (_, file, below) => {
      // Prepare: a lake folder (empty: the run stops before reading it)
      const folder = await mkdtemp(join(tmpdir(), 'headroom-out-'));
      await mkdir(join(folder, 'lake'));
      await writeFile(join(folder, file), 'not a folder');
      const out = `${join(folder, file)}${below}`;

      // Act
      const { code, output } = await runHeadroom(
        'run',
        '--lake',
        join(folder, 'lake'),
        '--inventory',
        join(folder, 'none'),
        '--out',
        out,
      );

      // Assess
      expect(code).toBe(1);
      expect(output).toContain(
        `headroom: ${join(folder, file)}: is a file: --out must name a ` +
          'folder for the report store (reports/, state/, outbox/), or one ' +
          `to create (got "${out}")`,
      );
      expect(output).not.toMatch(/\n\s+at /);
    },
  );

  it.each([
    ['traffic', ''],
    ['series_daily', '/reports'],
  ])(
    "refuses the lake's %s folder (or one in it), writing nothing there",
    async (table, below) => {
      // Prepare: a lake whose table holds a day, and an inventory
      const folder = await mkdtemp(join(tmpdir(), 'headroom-out-'));
      const lake = join(folder, 'lake');
      await mkdir(join(lake, table, 'dt=2026-11-01'), { recursive: true });
      const inventory = await writeInventory(folder);
      const out = join(lake, table) + below;

      // Act
      const { code, output } = await runHeadroom(
        ...['run', '--lake', lake, '--inventory', inventory, '--out', out],
      );

      // Assess: it wrote its state/ there, then stopped on it, blaming a
      // folder the user never made (`lake/traffic/state is not a day of
      // the lake`)
      expect(code).toBe(1);
      expect(output).toContain(
        `headroom: ${out}: is in the lake's table ${table}/ ` +
          `(${join(lake, table)}), whose every entry is read as a day ` +
          'dt=YYYY-MM-DD: what the command writes there would stop the runs ' +
          'on the lake; --out must name a place outside traffic/, ' +
          'series_daily/, quality_daily/ (the lake folder itself will do)',
      );
      expect(await readdir(join(lake, table))).toEqual(['dt=2026-11-01']);
    },
  );
});

describe('headroom run --lake', () => {
  it.each(['traffic', 'series_daily'])(
    "refuses the lake's %s folder given as the lake, writing nothing into it",
    async (table) => {
      // Prepare: a lake whose table folder holds a day
      const folder = await mkdtemp(join(tmpdir(), 'headroom-lake-'));
      const given = join(folder, 'lake', table);
      await mkdir(join(given, 'dt=2026-11-01'), { recursive: true });
      const inventory = await writeInventory(folder);

      // Act
      const { code, output } = await runHeadroom(
        'run',
        '--lake',
        given,
        '--inventory',
        inventory,
        '--out',
        join(folder, 'out'),
      );

      // Assess: it wrote inventory_links/ there, which every later run on
      // the real lake then refused as a day folder
      expect(code).toBe(1);
      expect(output).toContain(
        `headroom: ${given}: holds dt=YYYY-MM-DD folders, as a table of a ` +
          'lake does: --lake must name the folder that holds traffic/ (its ' +
          `parent, ${join(folder, 'lake')}?)`,
      );
      expect(await readdir(given)).toEqual(['dt=2026-11-01']);
    },
  );

  it('refuses a file given as the lake', async () => {
    // Prepare
    const folder = await mkdtemp(join(tmpdir(), 'headroom-lake-'));
    const given = join(folder, 'lake.parquet');
    await writeFile(given, 'PAR1');

    // Act
    const { code, output } = await runHeadroom(
      'run',
      '--lake',
      given,
      '--out',
      join(folder, 'out'),
    );

    // Assess: it said lake.parquet/traffic was a file
    expect(code).toBe(1);
    expect(output).toContain(
      `headroom: ${given}: is a file: --lake must name a folder holding ` +
        'traffic/ (write a sample with `headroom sample --out DIR`)',
    );
  });
});

/** An inventory of one link under `folder`, whose path it returns. */
async function writeInventory(folder: string): Promise<string> {
  const inventory = join(folder, 'inventory');
  await mkdir(inventory);
  await writeFile(
    join(inventory, 'links.csv'),
    'link_id,isp,asn,site,region,link_type,capacity_bps\n' +
      'l1,Acme,64500,FRA1,EMEA,pni,100000000000\n',
  );
  return inventory;
}
