import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS } from '../../helpers/report-browser.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

const { dir, page } = useReportBrowser();

describe("the report's pages in Chromium, at desktop and phone widths", () => {
  it('follows a link to an ISP page whose charts are all drawn', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'index.html')}`);
    // Act
    await Promise.all([
      page().waitForURL(/isp\/acme-telecom\.html$/),
      page().click('#isp-table a:text("Acme Telecom")'),
    ]);
    const charts = await page().$$eval('figure svg', (svgs) =>
      svgs.map((s) => ({
        label: s.getAttribute('aria-label'),
        title: s.querySelector('title')?.textContent,
        paths: [...s.querySelectorAll('path')].filter(
          (p) => (p.getAttribute('d') ?? '').length > 20,
        ).length,
        width: s.getBoundingClientRect().width,
      })),
    );
    await page().screenshot({
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
    expect(await page().textContent('h1')).toBe('Acme Telecom');
    expect(
      await page().$$eval('h2, h3', (h) => h.length),
    ).toBeGreaterThanOrEqual(4);
  });

  it("reaches an ISP's partner pack from its page, and the pack does not scroll sideways on a phone", async () => {
    // Prepare
    await page().setViewportSize({ width: 390, height: 900 });
    await page().goto(`file://${join(dir(), 'isp', 'acme-telecom.html')}`);
    // Act
    await Promise.all([
      page().waitForURL(/partners\/acme-telecom\.html$/),
      page().click('a:text("partner pack")'),
    ]);
    const html = await page().$eval('html', (h) => ({
      scroll: h.scrollWidth,
      client: h.clientWidth,
    }));
    // Assess
    expect(await page().textContent('h1')).toContain('Acme Telecom');
    expect(html.scroll).toBeLessThanOrEqual(html.client);
    await page().setViewportSize({ width: 1440, height: 900 });
  });

  it("shows the partner pack's key to its columns whole on a phone, not cut at the screen's edges", async () => {
    // Prepare
    await page().setViewportSize({ width: 390, height: 900 });
    // Act
    await page().goto(`file://${join(dir(), 'partners', 'acme-telecom.html')}`);
    const key = await page().$$eval('body *', (els) => {
      const el = els.find(
        (e) =>
          e.children.length === 0 &&
          (e.textContent ?? '').startsWith('One row per bundle'),
      )!;
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right };
    });
    const client = await page().$eval('html', (h) => h.clientWidth);
    await page().setViewportSize({ width: 1440, height: 900 });
    // Assess
    expect(key.left).toBeGreaterThanOrEqual(0);
    expect(key.right).toBeLessThanOrEqual(client);
  });

  it('shows every column of the partner pack on a phone, as one labelled card per bundle, the ask on the screen', async () => {
    // Prepare
    await page().setViewportSize({ width: 390, height: 900 });
    // Act
    await page().goto(`file://${join(dir(), 'partners', 'acme-telecom.html')}`);
    const cells = await page().$$eval('tbody tr:first-child > *', (cs) =>
      cs.map((c) => {
        const r = c.getBoundingClientRect();
        return {
          label: c.ownerDocument.defaultView!.getComputedStyle(c, '::before')
            .content,
          left: r.left,
          right: r.right,
        };
      }),
    );
    await page().screenshot({
      path: join(SHOTS, 'partner-pack-390.png'),
      fullPage: true,
    });
    await page().setViewportSize({ width: 1440, height: 900 });
    // Assess: scrolled sideways in a table, the ask was off the screen
    expect(cells.map((c) => c.label)).toEqual([
      '"Site"',
      '"Type"',
      '"Bundle and links"',
      '"Capacity"',
      '"p95 now"',
      '"Utilization"',
      '"Growth"',
      '"N-1"',
      '"Augments planned"',
      '"We ask for"',
    ]);
    for (const c of cells) {
      expect(c.left, c.label).toBeGreaterThanOrEqual(0);
      expect(c.right, c.label).toBeLessThanOrEqual(390);
    }
  });
});
