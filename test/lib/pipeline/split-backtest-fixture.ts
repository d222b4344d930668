import { join } from 'node:path';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import type { Logger } from '#lib/ports/logger';
import { openTestEngine, writeLinksCsv } from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/recording-log.ts';
import { groupRows, writeSeriesDaily } from '../../helpers/series-daily.ts';

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

const START = '2025-01-01';

/** Two as-of dates of the fleet lake: days 200 and 270 of its 500. */
export const FLEET_RANGE = {
  from: addDays(START, 200),
  to: addDays(START, 340),
  everyDays: 70,
};

/**
 * Writes `dir/inventory/links.csv` (`LINKS`) and `dir/lake/series_daily`:
 * 500 days from 2025-01-01; Acme has one group growing through 85 % on
 * day 400 and one flat, Bravo's grows faster, Carma has no data.
 *
 * @param dir - the folder
 */
export async function writeFleetLake(dir: string): Promise<void> {
  await writeLinksCsv(join(dir, 'inventory'), LINKS);
  const growing = (from: number, rise: number, days: number) => (d: number) =>
    CAPACITY * (from + (rise * (d + 0.5)) / days);
  await writeSeriesDaily(join(dir, 'lake'), [
    ...groupRows(
      'Acme/LHR1/pni',
      START,
      500,
      CAPACITY,
      growing(0.4, 0.45, 400),
    ),
    ...groupRows('Acme/FRA1/pni', START, 500, CAPACITY, () => 0.3 * CAPACITY),
    ...groupRows(
      'Bravo/AMS1/pni',
      START,
      500,
      CAPACITY,
      growing(0.3, 0.55, 330),
    ),
  ]);
}
