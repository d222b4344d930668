import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openReportBrowser,
  type ReportBrowser,
  SHOTS,
} from '../../helpers/report-browser.ts';

let browser: ReportBrowser;
let dir: string;
let page: Page;
beforeAll(async () => {
  browser = await openReportBrowser();
  ({ dir, page } = browser);
});

afterAll(async () => {
  await browser?.close();
});

const column = (table: string, n: number) =>
  page.$$eval(
    `#${table} tbody tr`,
    (rows, i) => rows.map((r) => r.children[i]!.textContent!.trim()),
    n,
  );

/** The action table's utilization column, without the p95 beneath. */
const utilization = async () =>
  (await column('action-table', 4)).map((t) => t.replace(/p95.*/, ''));

describe('the report in Chromium', () => {
  it('opens the overview from disk and sorts a column on click', async () => {
    // Prepare
    await page.goto(`file://${join(dir, 'index.html')}`);
    const before = await utilization();
    // Act
    await page.click('#action-table th:nth-child(5) button');
    const ascending = await utilization();
    await page.click('#action-table th:nth-child(5) button');
    const descending = await utilization();
    await page.screenshot({
      path: join(SHOTS, 'report-index.png'),
      fullPage: true,
    });
    // Assess
    expect(before).toEqual(['76.0%', '66.0%', '30.0%']);
    expect(ascending).toEqual(['30.0%', '66.0%', '76.0%']);
    expect(descending).toEqual(['76.0%', '66.0%', '30.0%']);
    expect(
      await page.getAttribute('#action-table th:nth-child(5)', 'aria-sort'),
    ).toBe('descending');
  });

  it('filters a table by text', async () => {
    // Prepare
    await page.goto(`file://${join(dir, 'index.html')}`);
    // Act
    await page.fill('input[data-filter="isp-table"]', 'glob');
    const visible = await page.$$eval(
      '#isp-table tbody tr:not([hidden]) th',
      (c) => c.map((x) => x.textContent),
    );
    // Assess
    expect(visible).toEqual(['Globex']);
  });

  it('follows a link to an ISP page whose charts are all drawn', async () => {
    // Prepare
    await page.goto(`file://${join(dir, 'index.html')}`);
    // Act
    await Promise.all([
      page.waitForURL(/isp\/acme-telecom\.html$/),
      page.click('#isp-table a:text("Acme Telecom")'),
    ]);
    const charts = await page.$$eval('figure svg', (svgs) =>
      svgs.map((s) => ({
        label: s.getAttribute('aria-label'),
        title: s.querySelector('title')?.textContent,
        paths: [...s.querySelectorAll('path')].filter(
          (p) => (p.getAttribute('d') ?? '').length > 20,
        ).length,
        width: s.getBoundingClientRect().width,
      })),
    );
    await page.screenshot({
      path: join(SHOTS, 'report-isp.png'),
      fullPage: true,
    });
    // Assess
    expect(charts).toHaveLength(3);
    for (const c of charts) {
      expect(c.label).toMatch(/Acme Telecom/);
      expect(c.title).toBe(c.label);
      expect(c.paths).toBeGreaterThanOrEqual(3);
      expect(c.width).toBeGreaterThan(600);
    }
    expect(await page.textContent('h1')).toBe('Acme Telecom');
    expect(await page.$$eval('h2, h3', (h) => h.length)).toBeGreaterThanOrEqual(
      4,
    );
  });

  it("reaches an ISP's partner pack from its page, and the pack does not scroll sideways on a phone", async () => {
    // Prepare
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`file://${join(dir, 'isp', 'acme-telecom.html')}`);
    // Act
    await Promise.all([
      page.waitForURL(/partners\/acme-telecom\.html$/),
      page.click('a:text("partner pack")'),
    ]);
    const html = await page.$eval('html', (h) => ({
      scroll: h.scrollWidth,
      client: h.clientWidth,
    }));
    // Assess
    expect(await page.textContent('h1')).toContain('Acme Telecom');
    expect(html.scroll).toBeLessThanOrEqual(html.client);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it.each([1440, 390])(
    'does not scroll sideways at %i px and shows every action column',
    async (width) => {
      // Prepare
      await page.setViewportSize({ width, height: 900 });
      // Act
      await page.goto(`file://${join(dir, 'index.html')}`);
      const page_ = await page.$eval('html', (h) => ({
        scroll: h.scrollWidth,
        client: h.clientWidth,
      }));
      const cells = await page.$$eval(
        '#action-table tbody tr:first-child > *',
        (cs) =>
          cs.map((c) => {
            const r = c.getBoundingClientRect();
            return {
              label: c.getAttribute('data-label'),
              left: r.left,
              right: r.right,
              width: r.width,
            };
          }),
      );
      const table = await page.$eval(
        '#action-table',
        (t) => t.getBoundingClientRect().right,
      );
      await page.screenshot({
        path: join(SHOTS, `report-index-${width}.png`),
        fullPage: true,
      });
      await page.setViewportSize({ width: 1280, height: 900 });
      // Assess
      expect(page_.scroll).toBeLessThanOrEqual(page_.client);
      expect(cells.map((c) => c.label)).toEqual([
        'Severity',
        'Order by',
        'ISP',
        'Bundle',
        'Utilization',
        'Critical date',
        'Ask',
        'N-1',
        'Planned',
      ]);
      for (const c of cells) {
        expect(c.width, c.label!).toBeGreaterThan(0);
        expect(c.left, c.label!).toBeGreaterThanOrEqual(0);
        expect(c.right, c.label!).toBeLessThanOrEqual(width);
      }
      expect(table).toBeLessThanOrEqual(width);
    },
  );

  it('counts the rows a multi-word filter leaves and keeps it in the URL', async () => {
    // Prepare
    await page.goto(`file://${join(dir, 'index.html')}`);
    const count = () =>
      page.textContent('.tools:has([data-filter="action-table"]) output');
    const before = await count();
    // Act
    await page.fill('input[data-filter="action-table"]', 'fra2 ix');
    const after = await count();
    const rows = await page.$$eval(
      '#action-table tbody tr:not([hidden]) th',
      (c) => c.map((x) => x.textContent),
    );
    await page.reload();
    const kept = await page.inputValue('input[data-filter="action-table"]');
    const keptCount = await count();
    // Assess
    expect(before).toBe('3 shown');
    expect(after).toBe('1 shown');
    expect(rows).toEqual(['Globex']);
    expect(page.url()).toContain('action-table-q=fra2+ix');
    expect([kept, keptCount]).toEqual(['fra2 ix', '1 shown']);
  });

  it('sorts from the keyboard with a visible focus, and keeps the sort in the URL', async () => {
    // Prepare
    await page.goto(`file://${join(dir, 'index.html')}`);
    await page.focus('#action-table th:nth-child(5) button');
    // Act
    const outline = await page.$eval(
      '#action-table th:nth-child(5) button',
      (b) => b.ownerDocument.defaultView!.getComputedStyle(b).outlineStyle,
    );
    await page.keyboard.press('Enter');
    const ascending = await utilization();
    await page.reload();
    const kept = await utilization();
    // Assess
    expect(outline).not.toBe('none');
    expect(ascending).toEqual(['30.0%', '66.0%', '76.0%']);
    expect(kept).toEqual(ascending);
    expect(page.url()).toContain('action-table-sort=4.asc');
  });

  it("sorts an ISP page's bundles by severity rank, as the overview does", async () => {
    // Prepare
    await page.goto(`file://${join(dir, 'isp/acme-telecom.html')}`);
    const severities = () => column('bundle-table', 1);
    // Act
    await page.click('#bundle-table th:nth-child(2) button');
    const ascending = await severities();
    await page.click('#bundle-table th:nth-child(2) button');
    const descending = await severities();
    // Assess
    expect(ascending).toEqual(['watch', 'critical']);
    expect(descending).toEqual(['critical', 'watch']);
  });

  it('loads nothing from the network and logs no errors', () => {
    // Prepare / Act: the pages visited above
    // Assess
    const { requests, problems } = browser;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
