import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '#lib/report/render-report';
import type { ReportFile } from '#lib/report/report-input';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';

let files: ReportFile[];
const body = (path: string) => files.find((f) => f.path === path)!.body;
const text = (html: string) =>
  html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const rowsHtml = (html: string, id: string) => {
  const table = html.split(`id="${id}"`)[1]!.split('</table>')[0]!;
  return table.split('<tbody>')[1]!.split('</tr>').slice(0, -1);
};
const tableRows = (html: string, id: string) => rowsHtml(html, id).map(text);
const tableCells = (html: string, id: string) =>
  rowsHtml(html, id).map((r) =>
    r
      .split(/<\/t[hd]>/)
      .slice(0, -1)
      .map((c) => text(c).trim()),
  );

beforeAll(async () => {
  files = await renderReport(
    fixtureInput({
      scenario: { name: 'Lost LHR1', description: 'LHR1 down.' },
    }),
  );
});

describe('renderReport', () => {
  it('writes the overview, one page per ISP, accuracy and the data files', () => {
    // Prepare / Act: rendered once in beforeAll
    // Assess
    expect(files.map((f) => f.path)).toEqual([
      'index.html',
      'isp/acme-telecom.html',
      'isp/globex.html',
      'isp/initech.html',
      'partners/acme-telecom.html',
      'partners/globex.html',
      'partners/initech.html',
      'accuracy.html',
      'forecasts.csv',
      'forecasts.json',
      'alerts.json',
      'data-quality.json',
      'steps.json',
      'groups.csv',
      'isps.csv',
      'links.csv',
      'augments.csv',
      'forecast-points.json',
    ]);
    expect(files[0]!.contentType).toBe('text/html; charset=utf-8');
  });

  it('ranks the groups needing action by order-by date with units and dates', () => {
    // Prepare
    const rows = tableRows(body('index.html'), 'action-table');
    // Act
    const cells = tableCells(body('index.html'), 'action-table');
    // Assess
    expect(cells.map((c) => c.slice(0, 4))).toEqual([
      [
        'critical',
        '2026-10-04 OVERDUE 53 d ordered today: in service 2027-02-24',
        'Acme Telecom',
        'LHR1 pni',
      ],
      ['warning', '2026-12-03 in 7 d', 'Globex', 'FRA2 ix'],
      ['watch', '2027-08-17 in 264 d', 'Acme Telecom', 'FRA2 transit'],
    ]);
    expect(rows[0]).toContain('critical 2026-10-04 OVERDUE 53 d');
    expect(rows[1]).toContain('warning 2026-12-03 in 7 d');
    expect(rows[0]).toContain('152 Gbps');
    expect(rows[0]).toContain('76.0%');
    expect(rows[0]).toContain('2027-01-20 upper: 2027-01-02');
    expect(rows[0]).toContain('+2 × 100 Gbps 200 Gbps in all');
    expect(rows[0]).toContain('fails from 2026-11-01');
    expect(rows[0]).toContain('+100 Gbps 2027-02-01 CHG-1042 · 30 d late');
    expect(rows[1]).toContain('1.32 Tbps');
  });

  it('lists every ISP, worst first, with demand, growth interval and headroom', () => {
    // Prepare / Act
    const rows = tableRows(body('index.html'), 'isp-table');
    // Assess
    expect(rows.map((r) => r.trim().split(' AS')[0])).toEqual([
      'Acme Telecom',
      'Globex',
      'Initech',
    ]);
    expect(rows[0]).toContain('182 Gbps');
    expect(rows[0]).toContain('+42.5%/yr +30.1%/yr to +55.8%/yr');
    expect(rows[0]).toContain('300 Gbps');
    expect(rows[0]).toContain('39.3%');
    expect(rows[2]).toContain('−1.0%/yr to +11.0%/yr');
  });

  it('counts groups by severity and shows data-quality warnings and the scenario', () => {
    // Prepare / Act
    const index = text(body('index.html'));
    // Assess
    expect(index).toContain(
      '1 critical: order now order-by date today or past 1 warning: order soon',
    );
    expect(index).toContain('1 above warning now');
    expect(index).toContain('duplicate: 12 rows; spike: 3 rows');
    expect(index).toContain(
      '1 link in the traffic not in the inventory: ams1-mystery-pni-9',
    );
    expect(index).toContain('Initech/AMS1/cache: short history: 400 days');
    expect(index).toContain('Scenario “Lost LHR1”: LHR1 down.');
  });

  it('says per group what is needed by when, most urgent first', () => {
    // Prepare / Act
    const page = text(body('isp/acme-telecom.html'));
    const first = page.indexOf('Order +2 × 100 Gbps (200 Gbps) by 2026-10-04');
    const second = page.indexOf('Plan +1 × 100 Gbps (100 Gbps) by 2027-08-17');
    // Assess
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(page).toContain('(53 days ago — overdue)');
    expect(page).toContain('N-1 fails from 2026-11-01.');
  });

  it('gives the ask of a bundle with no order-by date on its page, as the overview and partner pack do', async () => {
    // Prepare: FRA2 transit reaches warning but never critical, and its
    // upper forecast needs one more port to stay under warning
    const key = 'Acme Telecom/FRA2/transit';
    const evaluations = EVALUATIONS.map((e) =>
      e.key === key
        ? {
            ...e,
            criticalDateUpper: undefined,
            orderByDate: undefined,
          }
        : e,
    );
    // Act
    const out = await renderReport(fixtureInput({ evaluations }));
    const html = (path: string) => out.find((f) => f.path === path)!.body;
    const page = (path: string) => text(html(path));
    const need = (path: string, group: string) =>
      html(path)
        .split(`>${group} <span class="sev`)[1]!
        .match(/<p class="need">(.*?)<\/p>/)![1];
    // Assess
    expect(page('index.html')).toContain('+1 × 100 Gbps 100 Gbps in all');
    expect(page('partners/acme-telecom.html')).toContain('1 × 100 Gbps');
    expect(need('isp/acme-telecom.html', key)).toBe(
      'No order needed within the horizon: the forecast reaches warning ' +
        '(70.0%) on 2027-08-01 but stays below critical (85.0%). ' +
        'The ask, to stay under warning: +1 × 100 Gbps (100 Gbps).',
    );
    expect(need('isp/initech.html', 'Initech/AMS1/cache')).toBe(
      'No augment needed within the horizon: the forecast stays below critical (85.0%).',
    );
  });

  it('says a bundle whose busiest day last week was over critical has reached it, not that it will on a busier weekday', async () => {
    // Prepare: Acme LHR1 at 88 % now; its forecast's first day over 85 %
    // is still ahead (a quieter weekday today)
    const key = 'Acme Telecom/LHR1/pni';
    const evaluations = EVALUATIONS.map((e) =>
      e.key === key ? { ...e, lastPeakBps: 176e9, utilization: 0.88 } : e,
    );

    // Act
    const out = await renderReport(fixtureInput({ evaluations }));
    const page = (path: string) => text(out.find((f) => f.path === path)!.body);

    // Assess
    const rows = tableRows(
      out.find((f) => f.path === 'index.html')!.body,
      'action-table',
    );
    expect(text(rows[0]!)).toContain('reached 88.0% now');
    expect(text(rows[0]!)).not.toContain('2027-01-20 upper: 2027-01-02');
    expect(page('isp/acme-telecom.html')).toContain(
      'critical (85.0%) is reached already (88.0% now), lead time',
    );
    expect(page('isp/acme-telecom.html')).toContain(
      'Critical runout (upper) reached (88.0% now)',
    );
  });

  it('gives the warning date on the overview of a bundle listed for reaching warning only', async () => {
    // Prepare: FRA2 transit reaches warning (upper 2027-06-01), never critical
    const key = 'Acme Telecom/FRA2/transit';
    const evaluations = EVALUATIONS.map((e) =>
      e.key === key
        ? { ...e, criticalDateUpper: undefined, orderByDate: undefined }
        : e,
    );

    // Act
    const out = await renderReport(fixtureInput({ evaluations }));
    const rows = tableRows(
      out.find((f) => f.path === 'index.html')!.body,
      'action-table',
    ).map(text);

    // Assess
    const row = rows.find((r) => r.includes('FRA2 transit'))!;
    expect(row).toContain('— warning: 2027-06-01');
  });

  it('says a bundle with no order-by that is over warning now has reached it, as its runout fact does', async () => {
    // Prepare: FRA2 at 74 % now, no critical date; its forecast's first
    // day over 70 % is still ahead (2027-08-01)
    const key = 'Acme Telecom/FRA2/transit';
    const evaluations = EVALUATIONS.map((e) =>
      e.key === key
        ? {
            ...e,
            lastPeakBps: e.capacityBps * 0.74,
            utilization: 0.74,
            criticalDateUpper: undefined,
            orderByDate: undefined,
          }
        : e,
    );

    // Act
    const out = await renderReport(fixtureInput({ evaluations }));
    const html = out.find((f) => f.path === 'isp/acme-telecom.html')!.body;
    const need = html
      .split(`>${key} <span class="sev`)[1]!
      .match(/<p class="need">(.*?)<\/p>/)![1];

    // Assess
    expect(need).toBe(
      'No order needed within the horizon: warning (70.0%) is reached ' +
        'already (74.0% now), but the forecast stays below critical (85.0%). ' +
        'The ask, to stay under warning: +1 × 100 Gbps (100 Gbps).',
    );
    expect(text(html)).toContain('Warning runout (upper) reached (74.0% now)');
    const rows = tableRows(
      out.find((f) => f.path === 'index.html')!.body,
      'action-table',
    ).map(text);
    expect(rows.find((r) => r.includes('FRA2 transit'))).toContain(
      '— warning: reached',
    );
  });

  it("lists a bundle's links with their own capacity when it is not whole ports of the bundle's size", async () => {
    // Prepare: LHR1's port size is 100 Gbps; a second link is a 10 Gbps port
    const link = EVALUATIONS.find((e) => e.key === 'lhr1-acme-pni-1')!;
    const small = {
      ...link,
      key: 'lhr1-acme-pni-2',
      lastPeakBps: 5e9,
      capacityBps: 10e9,
      utilization: 0.5,
    };
    // Act
    const out = await renderReport(
      fixtureInput({ evaluations: [...EVALUATIONS, small] }),
    );
    const page = out.find((f) => f.path === 'isp/acme-telecom.html')!.body;
    // Assess
    expect(tableRows(page, 'bundle-table')[0]).toContain(
      'lhr1-acme-pni-1 1 × 100 Gbps · 76.0% lhr1-acme-pni-2 10.0 Gbps · 50.0%',
    );
  });

  it('draws every chart as an inline SVG with a title and no external resources', () => {
    // Prepare
    const page = body('isp/acme-telecom.html');
    // Act
    const svgs = page.match(/<svg role="img" aria-label="[^"]+"[^>]*><title>/g);
    // Assess
    expect(svgs).toHaveLength(3);
    expect(page).toContain('1 cleaned outliers shown as crosses');
    for (const f of files.filter((x) => x.path.endsWith('.html'))) {
      expect(f.body).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(f.body).not.toMatch(/@import|url\(/);
    }
  });

  it('links only to files and anchors it generates', () => {
    // Prepare
    const paths = new Set(files.map((f) => f.path));
    const resolved: string[] = [];
    // Act
    for (const f of files.filter((x) => x.path.endsWith('.html'))) {
      const dir = f.path.includes('/') ? f.path.replace(/[^/]+$/, '') : '';
      for (const [, href] of f.body.matchAll(/href="([^"]+)"/g)) {
        const [file, anchor] = href!.split('#');
        const target =
          file === ''
            ? f.path
            : new URL(file!, `file:///r/${dir}`).pathname.slice(3);
        expect(paths.has(target), `${f.path} → ${href}`).toBe(true);
        if (anchor) expect(body(target)).toContain(`id="${anchor}"`);
        resolved.push(target);
      }
    }
    // Assess
    expect(resolved).toContain('isp/globex.html');
    expect(resolved).toContain('index.html');
  });

  it('meets accessibility basics: language, headings, header scopes, captions', () => {
    // Prepare / Act
    const html = files.filter((f) => f.path.endsWith('.html'));
    // Assess
    for (const f of html) {
      expect(f.body).toContain('<html lang="en">');
      expect(f.body.match(/<h1>/g)).toHaveLength(1);
      expect(f.body).not.toMatch(/<th(?!ead| scope=)/);
    }
    expect(body('index.html')).toMatch(/<caption>Ranked by order-by date/);
  });
});
