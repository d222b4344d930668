import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { parseLinks } from '#lib/inventory/index';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import {
  makeTempDir,
  openTestEngine,
  removeDir,
  writeTrafficDay,
} from '../../helpers/lake.ts';
import { A1, DT, fixtureDeps, samples } from '../../helpers/rollup-fixture.ts';

describe('rollupLake with a hand-edited links.csv', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await makeTempDir('rollup-inv');
    await writeTrafficDay(
      join(dir, 'lake'),
      DT,
      samples('a1', A1, () => 100e9),
    );
  });
  afterEach(() => removeDir(dir));

  it.each([
    [
      'only the required columns',
      'link_id,isp,asn,site,region,link_type,capacity_bps\na1,Acme,1,LHR1,EMEA,pni,100e9\n',
    ],
    [
      // A tab is rejected by the parser (control character); a space is trimmed.
      'a space after the site name and reordered columns',
      'isp,link_id,region,asn,site,link_type,capacity_bps\nAcme,a1,EMEA,1,LHR1 ,pni,100e9\n',
    ],
    [
      'padded fields',
      'link_id,isp,asn,site,region,link_type,capacity_bps,group\n a1 , Acme ,1, LHR1 ,EMEA, pni ,100e9, \n',
    ],
  ])(
    'groups by the same keys as the inventory parser with %s',
    async (_, csv) => {
      // Prepare
      await mkdir(join(dir, 'inventory'), { recursive: true });
      await writeFile(join(dir, 'inventory', 'links.csv'), csv);
      const [link] = parseLinks(csv, 'links.csv', DEFAULT_CONFIG);
      const engine = await openTestEngine(dir);

      // Act
      try {
        await rollupStage(fixtureDeps(engine, dir), { asOf: '2026-01-02' });
        const keys = await engine.query(
          'SELECT level, key FROM series_daily ORDER BY level',
        );

        // Assess
        expect(keys).toEqual([
          { level: 'group', key: link!.group },
          { level: 'isp', key: link!.isp },
          { level: 'link', key: link!.linkId },
        ]);
      } finally {
        await engine.close();
      }
    },
  );
});
