import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { addDays } from '#lib/domain/dates';
import {
  acmePniLinks,
  removeDir,
  type TrafficSample,
  writeLinksCsv,
  writeTrafficDay,
} from '../../helpers/lake.ts';
import { folderArgs, runHeadroom } from '../../helpers/run-headroom.ts';

const START = '2026-01-01';
const DAYS = 120;
const AS_OF = addDays(START, DAYS);
/** The day LHR1's traffic moved from its two links to a third. */
const MOVED = 100;
/** A link's hourly traffic, in bps: 8.3 Gbps of its 10 G. */
const bps = (day: number, hour: number) =>
  8.3e9 * (1 + 0.03 * Math.sin(day * 7.3 + hour));

let dir: string;
/** The text of a file of the run's report, from its folder. */
export const report = (file: string) =>
  readFile(join(dir, 'out', 'reports', AS_OF, file), 'utf8');
/** What the report says of the link not in links.csv, by its bundle. */
export const NOTE =
  "lhr1-acme-pni-3 sends traffic but is not in links.csv, and its id reads like this bundle's links: its traffic is not counted here; add it to links.csv if it is one";
/** What `headroom run` printed. */
export let output = '';
/** Acme's AS number in links.csv. */
export const ASN = 64511;

/**
 * Registers the hooks that write the lake and links.csv, run `headroom
 * run` on them as of AS_OF, then remove them.
 */
export function useUnlistedStaleRun(): void {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'headroom-unlisted-stale-'));
    await writeLake();
    const run = await runHeadroom(
      'run',
      '--workers',
      '0',
      ...folderArgs(dir, AS_OF),
    );
    output = run.output;
  }, 240_000);
  afterAll(() => removeDir(dir));
}

/**
 * Acme's LHR1 bundle sends on -1 and -2 until MOVED, then on -3 alone,
 * which links.csv lacks: the bundle has no whole day since, and is not
 * forecast; its FRA1 bundle is.
 */
async function writeLake(): Promise<void> {
  for (let n = 0; n < DAYS; n += 1) {
    const dt = addDays(START, n);
    const lhr1 = n < MOVED ? ['lhr1-acme-pni-1', 'lhr1-acme-pni-2'] : [];
    const ids = [
      ...lhr1,
      ...(n >= MOVED ? ['lhr1-acme-pni-3'] : []),
      'fra1-acme-pni-1',
      'fra1-acme-pni-2',
    ];
    const rows: TrafficSample[] = ids.flatMap((linkId) =>
      Array.from({ length: 24 }, (_, hour) => ({
        ts: `${dt}T${String(hour).padStart(2, '0')}:00:00Z`,
        linkId,
        outBps: bps(n, hour),
        capacityBps: 10e9,
      })),
    );
    await writeTrafficDay(join(dir, 'lake'), dt, rows);
  }
  await writeLinksCsv(
    join(dir, 'inventory'),
    [
      ...acmePniLinks(['lhr1-acme-pni-1', 'lhr1-acme-pni-2'], 10e9),
      ...acmePniLinks(['fra1-acme-pni-1', 'fra1-acme-pni-2'], 10e9).map(
        (l) => ({ ...l, site: 'FRA1' }),
      ),
    ].map((l) => ({ ...l, asn: ASN })),
  );
}
