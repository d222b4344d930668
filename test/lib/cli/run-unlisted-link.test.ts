import { mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const DAYS = 120;
const AS_OF = addDays(START, DAYS);
const GROUP = 'Acme/LHR1/pni';
/** The bundle's third link, lit on this day and never added to links.csv. */
const LIT = 90;
/** A link's hourly traffic, in bps: 8.3 Gbps of its 10 G. */
const bps = (day: number, hour: number) =>
  8.3e9 * (1 + 0.03 * Math.sin(day * 7.3 + hour));

const dir = mkdtempSync(join(tmpdir(), 'headroom-unlisted-link-'));
const out = join(dir, 'out');
const report = (file: string) =>
  readFile(join(out, 'reports', AS_OF, file), 'utf8');
const NOTE =
  "lhr1-acme-pni-3 sends traffic but is not in links.csv, and its id reads like this bundle's links: its traffic is not counted here; add it to links.csv if it is one";

beforeAll(async () => {
  // lhr1-acme-pni-1 and -2 are the bundle in links.csv; -3 joins it on
  // day LIT, and x9, unlike any bundle's links, sends all along
  for (let n = 0; n < DAYS; n += 1) {
    const dt = addDays(START, n);
    const ids = [
      'lhr1-acme-pni-1',
      'lhr1-acme-pni-2',
      ...(n >= LIT ? ['lhr1-acme-pni-3'] : []),
      'x9',
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
  const links = ['lhr1-acme-pni-1', 'lhr1-acme-pni-2'];
  await writeLinksCsv(join(dir, 'inventory'), acmePniLinks(links, 10e9));
  await runInFolder(dir, AS_OF);
}, 240_000);
afterAll(() => removeDir(dir));

describe("headroom run: traffic from a link not in links.csv whose id reads like a bundle's", () => {
  it('names the bundle in data-quality.json, and no bundle for an unrelated id', async () => {
    // Act
    const quality = JSON.parse(await report('data-quality.json'));

    // Assess
    expect(quality.unknownLinks).toEqual(['lhr1-acme-pni-3', 'x9']);
    expect(quality.likelyMembers).toEqual([
      {
        linkId: 'lhr1-acme-pni-3',
        group: GROUP,
        isp: 'Acme',
        prefix: 'lhr1-acme-pni-',
      },
    ]);
  });

  it("says so by the bundle's chart and in the overview's data-quality section", async () => {
    // Act
    const page = await report('isp/acme.html');
    const overview = await report('index.html');

    // Assess
    expect(page).toContain(`<li>${NOTE.replaceAll("'", '&#39;')}</li>`);
    expect(overview).toContain(
      '2 links in the traffic not in the inventory: lhr1-acme-pni-3 (reads ' +
        'like Acme/LHR1/pni&#39;s links: add it to links.csv if it is ' +
        'one), x9.',
    );
  });

  it("says so by the ISP's total demand chart too, naming the bundle", async () => {
    // Act
    const html = await report('isp/acme.html');
    const total = html.slice(
      html.indexOf('<h2 id="total">'),
      html.indexOf('<h2 id="others">'),
    );

    // Assess: the ISP's demand lacks the link's traffic as the bundle's does
    const notes = total.match(/<li>.*?<\/li>/g)?.map(htmlText) ?? [];
    expect(notes.filter((n) => n.includes('lhr1-acme-pni-3'))).toEqual([
      NOTE.replace('this bundle', GROUP),
    ]);
  });

  it("says so in the bundle's alert email, as a Data row", async () => {
    // Act
    const folder = join(out, 'outbox', AS_OF);
    const file = (await readdir(folder)).find((f) => f.endsWith('.txt'));
    const email = emailProse(await readFile(join(folder, file!), 'utf8'));

    // Assess
    expect(email).toContain(`   Data:             ${NOTE}.`);
  });
});
