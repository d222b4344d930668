import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import { htmlText } from '../../helpers/html-text.ts';
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

const dir = mkdtempSync(join(tmpdir(), 'headroom-unlisted-stale-'));
const report = (file: string) =>
  readFile(join(dir, 'out', 'reports', AS_OF, file), 'utf8');
const NOTE =
  "lhr1-acme-pni-3 sends traffic but is not in links.csv, and its id reads like this bundle's links: its traffic is not counted here; add it to links.csv if it is one";
let output = '';
/** Acme's AS number in links.csv. */
const ASN = 64511;

beforeAll(async () => {
  // Acme's LHR1 bundle sends on -1 and -2 until MOVED, then on -3 alone,
  // which links.csv lacks: the bundle has no whole day since, and is not
  // forecast; its FRA1 bundle is
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
  const run = await runHeadroom(
    'run',
    '--workers',
    '0',
    ...folderArgs(dir, AS_OF),
  );
  output = run.output;
}, 240_000);
afterAll(() => removeDir(dir));

describe("headroom run: a link not in links.csv reads like a bundle's that is not forecast", () => {
  it('says so where the overview names the bundle not forecast', async () => {
    // Act
    const text = htmlText(await report('index.html'));

    // Assess: before, 'group:Acme/LHR1/pni, isp:Acme.' alone
    expect(text).toContain(
      'Not forecast or judged, for want of a whole day in the last two ' +
        `weeks: group:Acme/LHR1/pni (${NOTE}), isp:Acme.`,
    );
  });

  it('says so where the console names it', () => {
    // Assess: in its data-quality paragraph (cut within 80 columns)
    expect(consoleParagraph(output, 'Data quality')).toContain(
      `not forecast, no whole day for two weeks: group:Acme/LHR1/pni (${NOTE}), isp:Acme`,
    );
  });

  it("says so by the ISP's total demand on its page, naming the bundle", async () => {
    // Act
    const html = await report('isp/acme.html');
    const total = html.slice(
      html.indexOf('<h2 id="total">'),
      html.indexOf('<h2 id="others">'),
    );

    // Assess: the bundle has no section of its own on the page (the note
    // that the ISP's figures are partial is before it: below)
    expect(html).not.toContain('<h3 id="g-acme-lhr1-pni');
    expect(total.match(/<li>.*?<\/li>/g)?.map(htmlText)).toContain(
      NOTE.replace('this bundle', 'Acme/LHR1/pni'),
    );
  });
});

describe('headroom run: an ISP whose own series is not forecast', () => {
  it("heads its page with links.csv's AS number, region and owner", async () => {
    // Act
    const text = htmlText(await report('isp/acme.html'));

    // Assess: before, 'AS0 · EMEA · …'
    expect(text).toContain(`AS${ASN} · EMEA · owner capacity-planning ·`);
  });

  it("gives links.csv's AS number in isps.csv, the overview and the partner pack", async () => {
    // Act
    const [csv, overview, pack] = await Promise.all(
      ['isps.csv', 'index.html', 'partners/acme.html'].map(report),
    );
    const [header, row] = csv!.trim().split('\n');
    const cells = Object.fromEntries(
      header!.split(',').map((name, i) => [name, row!.split(',')[i]]),
    );

    // Assess
    expect(cells).toMatchObject({
      isp: 'Acme',
      asn: String(ASN),
      region: 'EMEA',
      owner: 'capacity-planning',
    });
    expect(overview).toContain(`data-label="ASN">AS${ASN}</td>`);
    expect(htmlText(pack!)).toContain(
      `Acme (AS${ASN}): interconnection capacity`,
    );
  });
});

describe('headroom run: the figures of an ISP whose own series is not forecast', () => {
  /** What its figures cover: FRA1 forecast, LHR1 not, 2 × 10 G each. */
  const COVER =
    "Partial: Acme's own total is not forecast, so its demand, capacity " +
    'and headroom here are summed over its bundles that are: 1 of its 2 ' +
    'bundles in links.csv';

  it('says on its page, by its total demand, which share of its bundles they cover', async () => {
    // Act
    const html = await report('isp/acme.html');
    const total = html.slice(
      html.indexOf('<h2 id="total">'),
      html.indexOf('<h2 id="others">'),
    );

    // Assess: before, 'Capacity 20.0 Gbps' where links.csv gives Acme
    // 40 G, and nothing said the figures were FRA1's alone
    expect(htmlText(total)).toContain('Capacity20.0 Gbps');
    expect(total.match(/<li>.*?<\/li>/g)?.map(htmlText)).toEqual([
      COVER,
      NOTE.replace('this bundle', 'Acme/LHR1/pni'),
    ]);
  });

  it('says so in its row of the overview, and the caption says what that is', async () => {
    // Act
    const html = await report('index.html');
    const table = html.slice(html.indexOf('id="isp-table"'));
    const body = table.slice(table.indexOf('<tbody>'));
    const row = body.match(/<tr>.*?<\/tr>/s)?.[0] ?? '';
    const caption = table.match(/<caption>(.*?)<\/caption>/)?.[1] ?? '';

    // Assess
    expect(row).toContain(
      '17.1 Gbps<span class="sub">partial: 1 of 2 bundles</span>',
    );
    expect(row).toContain('data-label="Capacity">20.0 Gbps</td>');
    expect(htmlText(caption)).toContain(
      "Partial: the ISP's own total is not forecast; its figures are " +
        'summed over its bundles that are (its page lists them).',
    );
  });

  it('flags its row in isps.csv with the bundles links.csv gives it', async () => {
    // Act
    const csv = await report('isps.csv');
    const [header, row] = csv.trim().split('\n');
    const cells = Object.fromEntries(
      header!.split(',').map((name, i) => [name, row!.split(',')[i]]),
    );

    // Assess: before, capacity_gbps 20 and groups 1 with nothing to say
    // they were not Acme's
    expect(cells).toMatchObject({
      capacity_gbps: '20',
      groups: '1',
      partial: 'true',
      inventory_groups: '2',
    });
  });

  it('says in its partner pack which share of our bundles with the ISP its totals are of', async () => {
    // Act
    const text = htmlText(await report('partners/acme.html'));

    // Assess
    expect(text).toContain(
      'Total peak demand (p95) 17.1 Gbps on 20.0 Gbps; growth — (80% ' +
        'interval — to —). These totals are of the bundles below only: 1 ' +
        'of our 2 bundles with you; the total of all of them is not ' +
        'forecast this time.',
    );
  });
});
