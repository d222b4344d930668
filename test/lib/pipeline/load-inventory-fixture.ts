import { afterEach, beforeEach } from 'vitest';
import { makeTempDir, removeDir, writeLinksCsv } from '../../helpers/lake.ts';

/** The inventory folder of the running test (made in `beforeEach`). */
export let dir: string;

/**
 * Registers the hooks that write, for each test, an inventory folder whose
 * links.csv lists l1 (Thames Fibre LHR1 PNI) and l2 (Meseta MAD1 IX), and
 * remove it after.
 */
export function useInventoryDir(): void {
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
}
