import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS } from '../../helpers/report-browser.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

const { dir, page } = useReportBrowser();

describe("the report's pages in Chromium, at desktop and phone widths", () => {
  it("holds each card's label within its cell on a phone, two-line labels included", async () => {
    // Prepare
    await page().setViewportSize({ width: 390, height: 900 });
    // Act
    await page().goto(`file://${join(dir(), 'index.html')}`);
    const cells = await page().$$eval(
      'table.stack tbody tr:first-child > [data-label]',
      (cs) =>
        cs.map((c) => ({
          label: c.getAttribute('data-label'),
          labelHeight: Number.parseFloat(
            c.ownerDocument.defaultView!.getComputedStyle(c, '::before').height,
          ),
          cellHeight: c.getBoundingClientRect().height,
        })),
    );
    await page().setViewportSize({ width: 1440, height: 900 });
    // Assess: placed absolutely, 'Total demand (p95)' on two lines ran
    // over the next cell's label
    expect(cells.length).toBeGreaterThan(0);
    expect(
      cells.some((c) => c.labelHeight > 30),
      'a label on two lines',
    ).toBe(true);
    for (const c of cells) {
      expect(c.cellHeight, c.label!).toBeGreaterThanOrEqual(c.labelHeight);
    }
  });

  it('keeps each link of the top navigation on one line on a phone', async () => {
    // Prepare
    await page().setViewportSize({ width: 390, height: 900 });
    // Act
    await page().goto(`file://${join(dir(), 'index.html')}`);
    const links = await page().$$eval('nav.links a', (as) =>
      as.map((a) => `${a.textContent}: ${a.getClientRects().length} line(s)`),
    );
    await page().setViewportSize({ width: 1440, height: 900 });
    // Assess
    expect(links).toEqual([
      'Overview: 1 line(s)',
      'Forecast accuracy: 1 line(s)',
      'groups.csv: 1 line(s)',
      'isps.csv: 1 line(s)',
      'links.csv: 1 line(s)',
      'augments.csv: 1 line(s)',
      'alerts.json: 1 line(s)',
      'data-quality.json: 1 line(s)',
    ]);
  });

  it.each([1440, 390])(
    'does not scroll sideways at %i px and shows every action column',
    async (width) => {
      // Prepare
      await page().setViewportSize({ width, height: 900 });
      // Act
      await page().goto(`file://${join(dir(), 'index.html')}`);
      const page_ = await page().$eval('html', (h) => ({
        scroll: h.scrollWidth,
        client: h.clientWidth,
      }));
      const cells = await page().$$eval(
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
      const table = await page().$eval(
        '#action-table',
        (t) => t.getBoundingClientRect().right,
      );
      await page().screenshot({
        path: join(SHOTS, `report-index-${width}.png`),
        fullPage: true,
      });
      await page().setViewportSize({ width: 1280, height: 900 });
      // Assess
      expect(page_.scroll).toBeLessThanOrEqual(page_.client);
      expect(cells.map((c) => c.label)).toEqual([
        'Severity',
        'Order by',
        'ISP',
        'Bundle',
        'Utilization',
        'Critical (upper)',
        'Ask',
        'N-1',
        'Augments',
      ]);
      for (const c of cells) {
        expect(c.width, c.label!).toBeGreaterThan(0);
        expect(c.left, c.label!).toBeGreaterThanOrEqual(0);
        expect(c.right, c.label!).toBeLessThanOrEqual(width);
      }
      expect(table).toBeLessThanOrEqual(width);
    },
  );
});
