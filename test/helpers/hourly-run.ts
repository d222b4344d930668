import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays } from '#lib/domain/dates';
import { hourlyDay, writeTrafficDay } from './lake.ts';
import { folderArgs, runHeadroomStrict } from './run-headroom.ts';

/**
 * Writes `days` days of hourly traffic from `start` for `links` (10 G
 * ports at about 4 Gbps, a few per cent apart from hour to hour) and
 * `linksCsv` as the inventory into `dir`, then runs `headroom run` in
 * one process as of the day after the last.
 *
 * @param dir - the test's folder (gets `lake/`, `inventory/`, `out/`)
 * @param lake - the first day, the days and the links' ids
 * @param linksCsv - links.csv's text
 * @returns everything the run printed
 * @example
 * const output = await runOnHourlyLake(dir,
 *   { start: '2026-01-01', days: 90, links: ['a1'] }, LINKS_CSV);
 */
export async function runOnHourlyLake(
  dir: string,
  lake: { start: string; days: number; links: readonly string[] },
  linksCsv: string,
): Promise<string> {
  for (let n = 0; n < lake.days; n += 1) {
    const dt = addDays(lake.start, n);
    const bps = (hour: number) => 4e9 * (1 + 0.05 * Math.sin(n * 7.3 + hour));
    const day = hourlyDay(dt, lake.links, bps);
    await writeTrafficDay(join(dir, 'lake'), dt, day);
  }
  await mkdir(join(dir, 'inventory'), { recursive: true });
  await writeFile(join(dir, 'inventory', 'links.csv'), linksCsv);
  const args = folderArgs(dir, addDays(lake.start, lake.days));
  const { output } = await runHeadroomStrict('run', '--workers', '0', ...args);
  return output;
}
