import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '#lib/errors';
import { useEngineDir } from '../../../helpers/engine-dir.ts';
import {
  openTestEngine,
  writeLinksCsv,
  writeTrafficDay,
} from '../../../helpers/lake.ts';

const { dir, lake, open, engine } = useEngineDir();

describe('DuckDbQueryEngine', () => {
  it('reads traffic with dt as text, and the inventory the pipeline wrote, never links.csv', async () => {
    // Prepare
    await writeTrafficDay(lake(), '2026-01-02', [
      { ts: '2026-01-02T00:05:00Z', linkId: 'l1', outBps: 5, capacityBps: 10 },
    ]);
    await writeLinksCsv(join(dir(), 'inventory'), [
      {
        linkId: 'l9',
        isp: 'Csv',
        site: 'LHR1',
        linkType: 'pni',
        capacityBps: 10,
      },
    ]);
    await open();

    // Act
    const traffic = await engine().query(
      'SELECT dt, link_id, out_bps FROM traffic',
    );
    const before = await engine().query('SELECT * FROM inventory_links');
    await engine().writeInventory([
      { linkId: 'l1', isp: 'Acme\t', group: 'Acme/LHR1/pni', capacityBps: 10 },
    ]);
    const after = await engine().query('SELECT * FROM inventory_links');

    // Assess
    expect(traffic).toEqual([{ dt: '2026-01-02', link_id: 'l1', out_bps: 5 }]);
    expect(before).toEqual([]);
    expect(after).toEqual([
      { link_id: 'l1', isp: 'Acme\t', grp: 'Acme/LHR1/pni', capacity_bps: 10 },
    ]);
  });

  it("reads in a new process the inventory the lake's last rollup wrote, and names that file when it cannot be read", async () => {
    // Prepare
    await open();
    await engine().writeInventory([
      { linkId: 'l1', isp: 'Acme', group: 'Acme/LHR1/pni', capacityBps: 10 },
    ]);
    await engine().close();

    // Act: a backtest, which never rolls up, opens the lake
    const again = await openTestEngine(dir());
    const read = await again.query('SELECT link_id, grp FROM inventory_links');
    await again.close();
    const file = join(lake(), 'inventory_links', 'links.parquet');
    await writeFile(file, 'not parquet');
    const failure = await openTestEngine(dir()).catch((e: Error) => e);

    // Assess
    expect(read).toEqual([{ link_id: 'l1', grp: 'Acme/LHR1/pni' }]);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as Error).message).toMatch(
      new RegExp(
        `^${file}: cannot be read as the inventory a rollup wrote \\(.+\\): remove it, and 'headroom run' writes it again$`,
      ),
    );
  });
});
