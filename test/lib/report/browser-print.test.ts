import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openReportBrowser,
  type ReportBrowser,
} from '../../helpers/report-browser.ts';

// A4 landscape less the 10 mm margins of the print stylesheet, at 96 dpi.
const PRINT_WIDTH = Math.floor(((297 - 20) / 25.4) * 96);

let browser: ReportBrowser;
beforeAll(async () => {
  browser = await openReportBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the overview printed', () => {
  it('keeps every action column, Augments and N-1 included, on the page', async () => {
    // Prepare
    const { page, dir } = browser;
    await page.setViewportSize({ width: PRINT_WIDTH, height: 900 });
    await page.emulateMedia({ media: 'print' });
    // Act
    await page.goto(`file://${join(dir, 'index.html')}`);
    const headers = await page.$$eval('#action-table thead th', (hs) =>
      hs.map((h) => {
        const r = h.getBoundingClientRect();
        return { text: h.textContent!.trim(), left: r.left, right: r.right };
      }),
    );
    const tools = await page.$eval(
      '.tools',
      (t) => t.ownerDocument.defaultView!.getComputedStyle(t).display,
    );
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    // Assess
    expect(headers.map((h) => h.text.replace(/\W+$/, ''))).toEqual(
      expect.arrayContaining(['N-1', 'Augments']),
    );
    for (const h of headers) {
      expect(h.left, h.text).toBeGreaterThanOrEqual(0);
      expect(h.right, h.text).toBeLessThanOrEqual(PRINT_WIDTH);
    }
    expect(tools).toBe('none');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('severity badges printed', () => {
  it('take the size of the table text around them, on the overview and an ISP page', async () => {
    // Prepare
    const { page, dir } = browser;
    await page.setViewportSize({ width: PRINT_WIDTH, height: 900 });
    await page.emulateMedia({ media: 'print' });
    const sizes = () =>
      page.$$eval('td .sev', (badges) =>
        badges.map((b) => {
          const css = b.ownerDocument.defaultView!.getComputedStyle;
          const cell = css(b.closest('td')!).fontSize;
          return `${b.textContent} ${css(b).fontSize} in ${cell}`;
        }),
      );
    // Act
    await page.goto(`file://${join(dir, 'index.html')}`);
    const overview = await sizes();
    await page.goto(`file://${join(dir, 'isp', 'acme-telecom.html')}`);
    const isp = await sizes();
    // Assess: at their screen size, 12 px, badges stood a third taller
    // than the 9 px rows of the printed tables
    expect(overview.length).toBeGreaterThan(0);
    expect(isp.length).toBeGreaterThan(0);
    for (const s of [...overview, ...isp]) expect(s).toMatch(/ 9px in 9px$/);
  });
});

describe('the partner pack printed', () => {
  it('keeps every column, the bundle and its links included, on the page', async () => {
    // Prepare
    const { page, dir } = browser;
    await page.setViewportSize({ width: PRINT_WIDTH, height: 900 });
    await page.emulateMedia({ media: 'print' });
    // Act
    await page.goto(`file://${join(dir, 'partners', 'acme-telecom.html')}`);
    const headers = await page.$$eval('thead th', (hs) =>
      hs.map((h) => {
        const r = h.getBoundingClientRect();
        return { text: h.textContent!.trim(), left: r.left, right: r.right };
      }),
    );
    const bundles = await page.$$eval('tbody tr', (rows) =>
      rows.map((r) => r.children[2]!.textContent),
    );
    // Assess
    expect(headers.map((h) => h.text)).toContain('Bundle and links');
    for (const h of headers) {
      expect(h.left, h.text).toBeGreaterThanOrEqual(0);
      expect(h.right, h.text).toBeLessThanOrEqual(PRINT_WIDTH);
    }
    expect(bundles).toEqual(['—', 'lhr1-acme-pni-1 (1 × 100 Gbps)']);
  });
});

describe('the overview printed after a sort', () => {
  it('marks the sorted column alone, without the on-screen "↕" of the others', async () => {
    // Prepare: the ISP table sorted by its Worst column
    const { page, dir } = browser;
    await page.setViewportSize({ width: PRINT_WIDTH, height: 900 });
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`file://${join(dir, 'index.html')}`);
    await page.click('#isp-table thead th:last-child button');
    // Act
    await page.emulateMedia({ media: 'print' });
    const arrows = await page.$$eval('#isp-table thead th button', (bs) =>
      bs.map(
        (b) =>
          b.ownerDocument.defaultView!.getComputedStyle(b, '::after').content,
      ),
    );
    // Assess
    expect(arrows.slice(0, -1).every((a) => a === 'none')).toBe(true);
    expect(arrows.at(-1)).toMatch(/[▲▼]/);
  });
});
