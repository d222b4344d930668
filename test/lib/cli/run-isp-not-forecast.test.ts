import { describe, expect, it } from 'vitest';
import { htmlText } from '../../helpers/html-text.ts';
import {
  ASN,
  NOTE,
  report,
  useUnlistedStaleRun,
} from './run-unlisted-link-stale-fixture.ts';

useUnlistedStaleRun();

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
