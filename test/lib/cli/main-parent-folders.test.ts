import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHeadroom } from '../../helpers/run-headroom.ts';

/** A sample's layout: `folder/lake/traffic/` and `folder/inventory/`. */
async function sampleLayout(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'headroom-cli-'));
  await mkdir(join(folder, 'lake', 'traffic'), { recursive: true });
  await mkdir(join(folder, 'inventory'));
  await writeFile(join(folder, 'inventory', 'links.csv'), 'link_id\n');
  return folder;
}

/** `headroom COMMAND` on the lake and inventory given, out in `folder`. */
const runOn = (command: string, folder: string, lake: string, inv: string) =>
  runHeadroom(
    command,
    '--lake',
    lake,
    '--inventory',
    inv,
    '--out',
    join(folder, 'out', command === 'run' ? '' : 'b.json'),
  );

describe('headroom and a folder above the one meant', () => {
  it('names the lake inside a --lake that holds none', async () => {
    // Prepare
    const folder = await sampleLayout();

    // Act: the sample's folder for its lake
    const { code, output } = await runOn(
      'run',
      folder,
      folder,
      join(folder, 'inventory'),
    );

    // Assess: it said "holds no traffic …: point --lake at your lake"
    const lake = join(folder, 'lake');
    expect(code).toBe(1);
    expect(output).toContain(
      `headroom: ${folder}: holds no traffic/ nor series_daily/, but its ` +
        `folder ${lake} does: --lake must name the lake itself (${lake}?)`,
    );
  });

  it.each(['run', 'backtest'])(
    'headroom %s names the inventory inside an --inventory without links.csv',
    async (command) => {
      // Prepare
      const folder = await sampleLayout();

      // Act: the sample's folder for its inventory
      const { code, output } = await runOn(
        command,
        folder,
        join(folder, 'lake'),
        folder,
      );

      // Assess: it said "<folder>/links.csv: is missing from the inventory"
      const inventory = join(folder, 'inventory');
      expect(code).toBe(1);
      expect(output).toContain(
        `headroom: ${folder}: holds no links.csv, but its folder ` +
          `${inventory} does: --inventory must name the folder holding ` +
          `links.csv (${inventory}?)`,
      );
    },
  );
});
