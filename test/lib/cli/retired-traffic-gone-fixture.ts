import { join } from 'node:path';
import { addDays } from '#lib/domain/dates';
import {
  acmePniLinks,
  hourlyDay,
  type TrafficSample,
  writeLinksCsv,
  writeTrafficDay,
} from '../../helpers/lake.ts';

/**
 * Two 10 G links of Acme at LHR1 at 4.5 Gbps each on weekdays, a2
 * decommissioned with its traffic (a customer gone) three days before
 * `AS_OF`: the lake of `run-retired-traffic-gone*.test.ts`.
 */
export const START = '2026-01-01';
const DAYS = 120;
/** The day after the lake's last. */
export const AS_OF = addDays(START, DAYS);
/** a2's `retired_on`: a1 alone sends after it. */
export const RETIRED_ON = addDays(AS_OF, -3);
export const GROUP = 'Acme/LHR1/pni';

/** Each 10 G link's hourly traffic, in bps: 4.5 Gbps on weekdays. */
const perLink = (day: number, hour: number) =>
  (day % 7 < 5 ? 4.5e9 : 4e9) * (1 + 0.03 * Math.sin(day * 7.3 + hour));

/** A day of hourly samples: both links, then a1 alone, a2's traffic gone. */
function day(n: number): TrafficSample[] {
  const dt = addDays(START, n);
  const links = dt > RETIRED_ON ? ['a1'] : ['a1', 'a2'];
  return hourlyDay(dt, links, (hour) => perLink(n, hour));
}

/**
 * Writes the lake (`dir/lake`) and links.csv (`dir/inventory`, a2 with
 * its `retired_on`).
 *
 * @example
 * await writeRetiredGoneLake(dir);
 */
export async function writeRetiredGoneLake(dir: string): Promise<void> {
  for (let n = 0; n < DAYS; n += 1) {
    await writeTrafficDay(join(dir, 'lake'), addDays(START, n), day(n));
  }
  const [a1, a2] = acmePniLinks(['a1', 'a2'], 10e9);
  await writeLinksCsv(join(dir, 'inventory'), [
    a1!,
    { ...a2!, retiredOn: RETIRED_ON },
  ]);
}
