import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { addDays } from '#lib/domain/dates';
import type { DailyRow } from '#lib/domain/series';
import { acmePniLinks, removeDir, writeLinksCsv } from '../../helpers/lake.ts';
import { runQuiet } from '../../helpers/run-headroom.ts';
import { writeSeriesDaily } from '../../helpers/series-daily.ts';

const START = '2025-06-01';
const DAYS = 365;
export const AS_OF = addDays(START, DAYS);
export const GROUP = 'Acme/LHR1/pni';
/** a2's telemetry stops this many days before the as-of date. */
export const QUIET = 10;
/** A link's daily peak, in Gbps. */
export const weekly = (day: number) => 30 + (day % 7) * 0.2;

/** Rows of one series; `samples(day)` NaN: no row that day. */
function rows(
  level: DailyRow['level'],
  key: string,
  gbps: (day: number) => number,
  samples: (day: number) => number,
): DailyRow[] {
  return Array.from({ length: DAYS }, (_, day) => day).flatMap((day) => {
    if (Number.isNaN(samples(day))) return [];
    const peakBps = gbps(day) * 1e9;
    return [
      {
        dt: addDays(START, day),
        level,
        key,
        peakBps,
        maxBps: peakBps * 1.05,
        meanBps: peakBps * 0.6,
        capacityBps: 35e9,
        samples: samples(day),
      },
    ];
  });
}

const dir = mkdtempSync(join(tmpdir(), 'headroom-quiet-link-'));
export const out = join(dir, 'out');
export const report = (file: string) =>
  readFile(join(out, 'reports', AS_OF, file), 'utf8');

/**
 * Writes the lake of a bundle whose link a2 went quiet and runs
 * `headroom run` on it once for the calling file; removes it after.
 */
export function useQuietLinkRun(): void {
  beforeAll(async () => {
    await writeLinksCsv(
      join(dir, 'inventory'),
      acmePniLinks(['a1', 'a2'], 35e9),
    );
    // Each link carries 30 Gbps of the bundle's 60 (86% of 70): a2 sends
    // half its samples on day 200 and none in the last QUIET days, when the
    // bundle's sum holds a1's traffic alone.
    const a2 = (day: number) =>
      day >= DAYS - QUIET ? Number.NaN : day === 200 ? 144 : 288;
    const bundle = (day: number) =>
      weekly(day) * (day >= DAYS - QUIET ? 1 : day === 200 ? 1.5 : 2);
    await writeSeriesDaily(join(dir, 'lake'), [
      ...rows('link', 'a1', weekly, () => 288),
      ...rows('link', 'a2', weekly, a2),
      ...rows('group', GROUP, bundle, () => 288),
      ...rows('isp', 'Acme', bundle, () => 288),
    ]);
    const args = ['--lake', join(dir, 'lake'), '--inventory'];
    await runQuiet(
      '--workers',
      '0',
      ...args,
      join(dir, 'inventory'),
      '--out',
      out,
      '--as-of',
      AS_OF,
    );
  }, 120_000);
  afterAll(() => removeDir(dir));
}
