import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import {
  acmePniLinks,
  removeDir,
  type TrafficSample,
  writeLinksCsv,
  writeTrafficDay,
} from '../../helpers/lake.ts';
import { runInFolder } from '../../helpers/run-headroom.ts';

const START = '2026-01-01';
const DAYS = 120;
const AS_OF = addDays(START, DAYS);
/** a2 is decommissioned on this day; a1 carries its traffic from then. */
const RETIRED_ON = addDays(START, 90);
const GROUP = 'Acme/LHR1/pni';
/** The bundle's hourly traffic, in bps: flat, 40 Gbps on weekdays. */
const bundle = (day: number) => (day % 7 < 5 ? 40e9 : 36e9);

/** A day of hourly samples: both links halve the bundle, then a1 alone. */
function day(n: number): TrafficSample[] {
  const dt = addDays(START, n);
  const retired = dt >= RETIRED_ON;
  const links = retired
    ? [['a1', bundle(n)]]
    : ['a1', 'a2'].map((id) => [id, bundle(n) / 2]);
  return Array.from({ length: 24 }, (_, hour) =>
    links.map(([linkId, outBps]) => ({
      ts: `${dt}T${String(hour).padStart(2, '0')}:00:00Z`,
      linkId: linkId as string,
      outBps: outBps as number,
      capacityBps: 100e9,
    })),
  ).flat();
}

const dir = mkdtempSync(join(tmpdir(), 'headroom-retired-link-'));
const out = join(dir, 'out');
const inventory = join(dir, 'inventory');
const report = (file: string) =>
  readFile(join(out, 'reports', AS_OF, file), 'utf8');
const run = () => runInFolder(dir, AS_OF);
/** A CSV's rows as objects, by its header. */
const csvRows = (text: string): Record<string, string>[] =>
  parse(text, { columns: true });

let firstRun: { daysRolledUp: string[] };

beforeAll(async () => {
  for (let n = 0; n < DAYS; n += 1) {
    await writeTrafficDay(join(dir, 'lake'), addDays(START, n), day(n));
  }
  // The run before the team records the retirement: the lake is rolled up.
  await writeLinksCsv(inventory, acmePniLinks(['a1', 'a2'], 100e9));
  await run();
  firstRun = JSON.parse(await report('manifest.json')).inputs;
  const [a1, a2] = acmePniLinks(['a1', 'a2'], 100e9);
  await writeLinksCsv(inventory, [a1!, { ...a2!, retiredOn: RETIRED_ON }]);
  await run();
}, 240_000);
afterAll(() => removeDir(dir));

describe('headroom run: a link retired in links.csv (retired_on)', () => {
  it('rolls no day up again: the bundle keeps its history with the link', async () => {
    // Act
    const { inputs } = JSON.parse(await report('manifest.json'));

    // Assess: the first run rolled the whole lake up; the second only the
    // late days it rolls up on every run (a link taken out of links.csv
    // regrouped all of them, without it)
    expect(firstRun.daysRolledUp.length).toBe(DAYS);
    expect(inputs.daysRolledUp.length).toBeLessThan(10);
  });

  it("judges the bundle on its continuous history, on the remaining link's capacity", async () => {
    // Act
    const groups = csvRows(await report('groups.csv'));

    // Assess: judged (not stale, nor left out after a2 stopped), at 40 of
    // 100 Gbps, not 40 of 200; flat traffic reads no growth, where a
    // history of 20 Gbps before the day would read a jump
    const group = groups.find((g) => g.group === GROUP);
    expect(group).toBeDefined();
    expect(Number(group!.capacity_bps)).toBe(100e9);
    expect(Number(group!.last_peak_bps)).toBeCloseTo(40e9, -6);
    expect(Math.abs(Number(group!.growth_pct_per_year))).toBeLessThan(5);
  });

  it('names the retired link neither quiet nor silent, nor forecasts it', async () => {
    // Act
    const quality = JSON.parse(await report('data-quality.json'));
    const links = csvRows(await report('links.csv'));

    // Assess
    expect(quality.quietLinks).toBeUndefined();
    expect(quality.silentLinks).toEqual([]);
    expect(quality.staleSeries ?? []).toEqual([]);
    expect(quality.trafficAfterRetirement).toBeUndefined();
    expect(links.map((l) => l.link_id)).toEqual(['a1']);
  });
});
