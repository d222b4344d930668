import { join } from 'node:path';
import { addDays } from '#lib/domain/dates';
import { mulberry32, normal } from '#lib/sample/prng';
import {
  acmePniLinks,
  hourlyDay,
  type TrafficSample,
  writeLinksCsv,
  writeTrafficDay,
} from '../../helpers/lake.ts';

/**
 * Two 10 G links of Acme at LHR1 whose traffic peaks one day a week, at
 * about 80 % of the bundle, and stays near 60 % the other days, growing
 * 30 % a year: the upper bound of its forecast crosses critical (85 %) on
 * the peak days only, as the sample's Falcon Gulf Telecom/MRS1/pni does
 * on Sundays. The lake of `run-weekly-peak.test.ts`.
 */
export const START = '2026-01-01';
const DAYS = 118;
/** The day after the lake's last: a peak day (day 118, 118 % 7 = 6). */
export const AS_OF = addDays(START, DAYS);
export const GROUP = 'Acme/LHR1/pni';
const PEAK = 7.3e9;
const SPREAD = 0.03;

/** Each day's swing: a seeded normal draw, so the forecast's interval has width. */
const rng = mulberry32(7);
const SWING = Array.from({ length: DAYS }, () => 1 + SPREAD * normal(rng));

/** Each 10 G link's hourly traffic on day `n`, in bps. */
const perLink = (n: number, hour: number) => {
  const level = n % 7 === 6 ? PEAK : 5.5e9;
  const growth = 1 + (0.3 * n) / 365;
  return level * growth * SWING[n]! * (1 + 0.02 * Math.sin(n * 7.3 + hour));
};

function day(n: number): TrafficSample[] {
  const dt = addDays(START, n);
  return hourlyDay(dt, ['a1', 'a2'], (hour) => perLink(n, hour));
}

/**
 * Writes the lake (`dir/lake`, up to the day before `AS_OF`) and
 * links.csv (`dir/inventory`).
 *
 * @example
 * await writeWeeklyPeakLake(dir);
 */
export async function writeWeeklyPeakLake(dir: string): Promise<void> {
  for (let n = 0; n < DAYS; n += 1) {
    await writeTrafficDay(join(dir, 'lake'), addDays(START, n), day(n));
  }
  await writeLinksCsv(join(dir, 'inventory'), acmePniLinks(['a1', 'a2'], 10e9));
}
