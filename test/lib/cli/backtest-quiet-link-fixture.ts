import { mkdtempSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { addDays } from '#lib/domain/dates';
import type { DailyRow } from '#lib/domain/series';
import {
  acmePniLinks,
  openTestEngine,
  removeDir,
  writeLinksCsv,
} from '../../helpers/lake.ts';
import { writeSeriesDaily } from '../../helpers/series-daily.ts';

export const START = '2025-06-01';
const DAYS = 450;
/** The replayed date: a2 sent nothing on the ten days before it. */
const AS_OF_DAY = 300;
export const AS_OF = addDays(START, AS_OF_DAY);
export const GROUP = 'Acme/LHR1/pni';
/**
 * A link's daily peak, in Gbps: the bundle of two crosses 85 % of its
 * 70 Gbps (59.5) on day 307, a week after the date.
 */
const weekly = (day: number) => 20 + day * 0.03 + (day % 7) * 0.1;
const quiet = (day: number) => day >= AS_OF_DAY - 10 && day < AS_OF_DAY;

function rows(
  level: DailyRow['level'],
  key: string,
  gbps: (day: number) => number,
  sent: (day: number) => boolean = () => true,
): DailyRow[] {
  return Array.from({ length: DAYS }, (_, day) => day)
    .filter(sent)
    .map((day) => ({
      dt: addDays(START, day),
      level,
      key,
      peakBps: gbps(day) * 1e9,
      maxBps: gbps(day) * 1.05e9,
      meanBps: gbps(day) * 0.6e9,
      capacityBps: level === 'link' ? 35e9 : 70e9,
      samples: 288,
    }));
}

export const dir = mkdtempSync(join(tmpdir(), 'headroom-backtest-quiet-'));

/**
 * Writes the lake of a bundle whose link a2 went quiet before the date,
 * and a copy whose last rollup's inventory had a1 alone, once for the
 * calling file; removes them after.
 */
export function useQuietLinkLakes(): void {
  beforeAll(async () => {
    await writeLinksCsv(
      join(dir, 'inventory'),
      acmePniLinks(['a1', 'a2'], 35e9),
    );
    // a2's telemetry stopped for the ten days before the date, then came
    // back: the bundle's rows of those days hold a1's traffic alone.
    await writeSeriesDaily(join(dir, 'lake'), [
      ...rows('link', 'a1', weekly),
      ...rows('link', 'a2', weekly, (day) => !quiet(day)),
      ...rows('group', GROUP, (day) => weekly(day) * (quiet(day) ? 1 : 2)),
    ]);
    await cp(join(dir, 'lake'), join(dir, 'added'), { recursive: true });
    // The links' groups as a rollup by `headroom run` leaves them in the
    // lake; in 'added', the last rollup's inventory had a1 alone (a2 was
    // added to links.csv since).
    for (const [lake, ids] of [
      ['lake', ['a1', 'a2']],
      ['added', ['a1']],
    ] as const) {
      const engine = await openTestEngine(dir, { lakeDir: join(dir, lake) });
      await engine.writeInventory(
        ids.map((linkId) => ({
          linkId,
          isp: 'Acme',
          group: GROUP,
          capacityBps: 35e9,
        })),
      );
      await engine.close();
    }
  }, 60_000);
  afterAll(() => removeDir(dir));
}
