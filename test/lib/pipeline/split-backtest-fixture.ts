import { join } from 'node:path';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import type { Logger } from '#lib/ports/logger';
import { openTestEngine } from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/rollup-fixture.ts';

/** Links of 100 Gbps. */
export const CAPACITY = 100e9;
/** Four PNI links of three ISPs, one group each. */
export const LINKS = [
  ['a1', 'Acme', 'LHR1'],
  ['a2', 'Acme', 'FRA1'],
  ['b1', 'Bravo', 'AMS1'],
  ['c1', 'Carma', 'PAR1'],
].map(([linkId, isp, site]) => ({
  linkId: linkId!,
  isp: isp!,
  site: site!,
  linkType: 'pni',
  capacityBps: CAPACITY,
}));

/**
 * The deps of a backtest step on the lake `dir/<lake>` (its `lake/`,
 * `inventory/` and `reports/`), the clock at 2026-06-01 06:00 UTC.
 *
 * @param dir - the test's folder
 * @param lake - the lake's folder in it
 * @param log - the log (silent by default)
 * @returns the deps; close their engine after
 */
export async function splitDeps(
  dir: string,
  lake: string,
  log: Logger = silentLog,
) {
  return {
    engine: await openTestEngine(join(dir, lake)),
    inventory: new FsObjectStore(join(dir, lake, 'inventory')),
    config: DEFAULT_CONFIG,
    log,
    clock: { now: () => new Date('2026-06-01T06:00:00Z') },
    reports: new FsObjectStore(join(dir, lake, 'reports')),
  };
}
