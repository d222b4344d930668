import { mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { emailProse } from '../../helpers/email-prose.ts';
import { htmlText } from '../../helpers/html-text.ts';
import {
  acmePniLinks,
  removeDir,
  type TrafficSample,
  writeLinksCsv,
  writeTrafficDay,
} from '../../helpers/lake.ts';
import { runInFolder } from '../../helpers/run-headroom.ts';

const START = '2026-01-01';
const DAYS = 103;
const AS_OF = addDays(START, DAYS);
/** a1 is upgraded in place from 10 to 100 G on this day (CHG-7). */
const UPGRADED_ON = addDays(START, 100);
const GROUP = 'Acme/LHR1/pni';
/** a1's hourly traffic, in bps: 8.4 Gbps on weekdays. */
const traffic = (day: number, hour: number) =>
  (day % 7 < 5 ? 8.4e9 : 7.8e9) * (1 + 0.03 * Math.sin(day * 7.3 + hour));

/** A day of hourly samples, the interface at 100 G from the upgrade on. */
function day(n: number): TrafficSample[] {
  const dt = addDays(START, n);
  return Array.from({ length: 24 }, (_, hour) => ({
    ts: `${dt}T${String(hour).padStart(2, '0')}:00:00Z`,
    linkId: 'a1',
    outBps: traffic(n, hour),
    capacityBps: dt < UPGRADED_ON ? 10e9 : 100e9,
  }));
}

const written = mkdtempSync(join(tmpdir(), 'headroom-augment-in-links-'));
const pending = mkdtempSync(join(tmpdir(), 'headroom-augment-pending-'));
const unwritten = mkdtempSync(join(tmpdir(), 'headroom-upgrade-unwritten-'));
const csvRows = async (dir: string, file: string) =>
  parse(await readFile(join(dir, 'out', 'reports', AS_OF, file), 'utf8'), {
    columns: true,
  }) as Record<string, string>[];

/** The lake, and links.csv with a1 at `capacityBps`, CHG-7 listed or not. */
async function prepare(dir: string, capacityBps: number, listed = true) {
  for (let n = 0; n < DAYS; n += 1) {
    await writeTrafficDay(join(dir, 'lake'), addDays(START, n), day(n));
  }
  const inventory = join(dir, 'inventory');
  await writeLinksCsv(inventory, acmePniLinks(['a1'], capacityBps));
  await writeFile(
    join(inventory, 'augments.csv'),
    'group,in_service_date,added_bps,reference\n' +
      (listed ? `${GROUP},${UPGRADED_ON},90e9,CHG-7\n` : ''),
  );
  await runInFolder(dir, AS_OF);
}

beforeAll(async () => {
  await prepare(written, 100e9);
  await prepare(pending, 10e9);
  await prepare(unwritten, 10e9, false);
}, 240_000);
afterAll(async () => {
  await removeDir(written);
  await removeDir(pending);
  await removeDir(unwritten);
});

describe('headroom run: an augment in service whose ports links.csv already counts', () => {
  it('counts its capacity once, in the bundle, its link and its ISP', async () => {
    // Act
    const groups = await csvRows(written, 'groups.csv');
    const links = await csvRows(written, 'links.csv');
    const isps = await csvRows(written, 'isps.csv');
    const augments = await csvRows(written, 'augments.csv');

    // Assess: links.csv's 100 G and CHG-7's +90 G read 190 G
    const group = groups.find((g) => g.group === GROUP)!;
    expect(Number(group.capacity_bps)).toBe(100e9);
    expect(Number(group.utilization)).toBeCloseTo(0.086, 2);
    expect(Number(links[0]!.capacity_bps)).toBe(100e9);
    expect(Number(isps[0]!.capacity_bps)).toBe(100e9);
    expect(augments).toEqual([]);
  });

  it('says so on the overview, naming the row to remove', async () => {
    // Act
    const html = await readFile(
      join(written, 'out', 'reports', AS_OF, 'index.html'),
      'utf8',
    );

    // Assess: the sentence as a reader sees it (its date kept whole)
    expect(htmlText(html)).toContain(
      `${GROUP}: CHG-7 (+90.0 Gbps, in service since ${UPGRADED_ON}) is in ` +
        "links.csv already: the traffic's capacity rose by it since, to " +
        "links.csv's; counted once, remove its row from augments.csv",
    );
  });

  it('still counts one that links.csv does not hold yet, whose ports the traffic reports', async () => {
    // Act
    const groups = await csvRows(pending, 'groups.csv');
    const augments = await csvRows(pending, 'augments.csv');

    // Assess: links.csv's 10 G and CHG-7's +90 G, as the traffic reports
    const group = groups.find((g) => g.group === GROUP)!;
    expect(Number(group.capacity_bps)).toBe(100e9);
    expect(augments.map((a) => [a.reference, a.in_service])).toEqual([
      ['CHG-7', 'true'],
    ]);
  });
});

describe('headroom run: a link upgraded in place that links.csv and augments.csv do not hold', () => {
  it('is judged on links.csv, and its alert says what its traffic reports', async () => {
    // Act
    const groups = await csvRows(unwritten, 'groups.csv');
    const folder = join(unwritten, 'out', 'outbox', AS_OF);
    const alert = emailProse(
      await readFile(join(folder, '01-alert-acme-1.txt'), 'utf8'),
    );

    // Assess: it read critical at 10 G without a word of the 100 G the
    // interface has reported for three days
    const group = groups.find((g) => g.group === GROUP)!;
    expect(Number(group.capacity_bps)).toBe(10e9);
    expect(group.severity).toBe('critical');
    expect(alert).toContain(
      'Capacity:         its traffic reports 100 Gbps, the figures count ' +
        '10.0 Gbps (links.csv and augments.csv). Write the new capacity in ' +
        'links.csv, or its augment in augments.csv.',
    );
  });
});
