import { mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
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
import {
  folderArgs,
  runInFolder,
  runQuiet,
} from '../../helpers/run-headroom.ts';
import { withoutNowrap } from '../../helpers/without-nowrap.ts';

const START = '2026-01-01';
const DAYS = 120;
const AS_OF = addDays(START, DAYS);
const GROUP = 'Acme/LHR1/pni';
/** a1's hourly traffic, in bps: 7.5 Gbps on weekdays of its 10 G. */
const a1 = (day: number, hour: number) =>
  (day % 7 < 5 ? 7.5e9 : 7e9) * (1 + 0.03 * Math.sin(day * 7.3 + hour));

const dir = mkdtempSync(join(tmpdir(), 'headroom-silent-link-'));
const out = join(dir, 'out');
const report = (file: string) =>
  readFile(join(out, 'reports', AS_OF, file), 'utf8');
const csvRows = (text: string): Record<string, string>[] =>
  parse(text, { columns: true });

beforeAll(async () => {
  // a2 is in links.csv but sent no row in the window
  for (let n = 0; n < DAYS; n += 1) {
    const dt = addDays(START, n);
    const rows: TrafficSample[] = Array.from({ length: 24 }, (_, hour) => ({
      ts: `${dt}T${String(hour).padStart(2, '0')}:00:00Z`,
      linkId: 'a1',
      outBps: a1(n, hour),
      capacityBps: 10e9,
    }));
    await writeTrafficDay(join(dir, 'lake'), dt, rows);
  }
  const inventory = join(dir, 'inventory');
  await writeLinksCsv(inventory, acmePniLinks(['a1', 'a2'], 10e9));
  await runInFolder(dir, AS_OF);
}, 240_000);
afterAll(() => removeDir(dir));

describe('headroom run: a bundle with a link that sent no traffic in the window', () => {
  it('judges the bundle on the link that reports, against its capacity alone', async () => {
    // Act
    const groups = csvRows(await report('groups.csv'));
    const isps = csvRows(await report('isps.csv'));

    // Assess: 7.7 of a1's 10 Gbps, past the 70 % warning line; counted
    // against both links' 20 G it read 38.6 %, ok
    const group = groups.find((g) => g.group === GROUP)!;
    expect(Number(group.capacity_bps)).toBe(10e9);
    expect(Number(group.utilization)).toBeCloseTo(0.772, 2);
    expect(group.member_links).toBe('1');
    expect(group.severity).not.toBe('ok');
    expect(Number(isps[0]!.capacity_bps)).toBe(10e9);
  });

  it("says so by the bundle's chart, and still names the link in data quality", async () => {
    // Act
    const html = withoutNowrap(await report('isp/acme.html'));
    const quality = JSON.parse(await report('data-quality.json'));

    // Assess: read without the spans that keep '10.0 Gbps' on one line
    expect(html).toContain(
      'a2 sent no traffic in the window: judged on the links that did, ' +
        'without its 10.0 Gbps; check the collector, or give a link gone a ' +
        'retired_on in links.csv',
    );
    expect(quality.silentLinks).toEqual(['a2']);
  });

  it('runs a what-if taking the silent link down, and says on its pages, in its drafts and on the console that the event changes nothing', async () => {
    // Prepare: a2, which sent nothing, down for a week from the as-of date
    const file = join(dir, 'a2-down.json');
    await writeFile(
      file,
      JSON.stringify({
        name: 'a2 down',
        events: [
          {
            kind: 'link-down',
            linkId: 'a2',
            from: AS_OF,
            until: addDays(AS_OF, 7),
          },
        ],
      }),
    );

    // Act
    const { code, errors } = await runQuiet(
      '--workers',
      '0',
      ...folderArgs(dir, AS_OF),
      '--scenario',
      file,
    );

    // Assess: before, the banner stated 'link a2 down' as assumed, and
    // every figure was the real run's without a word why
    expect(code).toBeUndefined();
    const said =
      'Link a2 sent no traffic in the window: its bundle is judged ' +
      'without it already, so taking it down changes nothing.';
    const folder = join(out, 'scenarios', 'a2-down', AS_OF);
    const whatIf = (name: string) => readFile(join(folder, name), 'utf8');
    for (const page of ['index.html', 'isp/acme.html'])
      expect(await whatIf(page)).toContain(
        `What if a2 down: link a2 down from ${AS_OF} until ${addDays(AS_OF, 7)}. ${said} These figures are a what-if, not the plan.`,
      );
    expect(errors).toContain(said);
    // The bundle at watch asks for a port: before, the drafts read 'No
    // group would need an augment in this scenario.' and nothing else
    expect(await whatIf('what-if-messages.txt')).toBe(
      'WHAT-IF, not the plan.\n' +
        `What if a2 down: link a2 down from ${AS_OF} until ${addDays(AS_OF, 7)}. ${said}\n\n` +
        "No alert in this scenario: no bundle's order-by date is today, " +
        'past or within the warning window (30 days).\n' +
        '1 bundle at watch, with an order-by date further ahead or an ask ' +
        'to stay under warning: see the overview (index.html).\n',
    );
    const real = csvRows(await report('groups.csv'));
    const assumed = csvRows(await whatIf('groups.csv'));
    expect(assumed.map((g) => g.utilization)).toEqual(
      real.map((g) => g.utilization),
    );
  });
});
