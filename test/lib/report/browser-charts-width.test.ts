import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS } from '../../helpers/report-browser.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

const { dir, page } = useReportBrowser();

const ispPage = () =>
  page().goto(`file://${join(dir(), 'isp', 'acme-telecom.html')}`);

describe('an ISP page in Chromium', () => {
  it.each([1440, 390])(
    "does not scroll sideways at %i px, and keeps the charts' labels legible",
    async (width) => {
      // Prepare
      await page().setViewportSize({ width, height: 900 });
      // Act
      await ispPage();
      const html = await page().$eval('html', (h) => [
        h.scrollWidth,
        h.clientWidth,
      ]);
      const plots = await page().$$eval('figure .plot', (ps) =>
        ps.map((p) => {
          const box = p.getBoundingClientRect();
          const svg = p.querySelector('svg')!;
          const chart = svg.getBoundingClientRect();
          // The smallest label's height on screen, in px
          const label = Math.min(
            ...[...svg.querySelectorAll('text')]
              .map((t) => t.getBoundingClientRect().height)
              .filter((h) => h > 0),
          );
          // The y axis's labels in sight (the plot's box, as scrolled)
          const scale = [...svg.querySelectorAll('text')].filter((t) => {
            const r = t.getBoundingClientRect();
            const inside = r.left >= box.left && r.right <= box.right;
            return /\d bps$|[kMGT]bps$/.test(t.textContent ?? '') && inside;
          }).length;
          return {
            scale,
            left: box.left,
            right: box.right,
            chartRight: chart.right,
            scrolls: p.scrollWidth > p.clientWidth,
            label,
          };
        }),
      );
      await page().screenshot({
        path: join(SHOTS, `report-isp-${width}.png`),
        fullPage: true,
      });
      await page().setViewportSize({ width: 1280, height: 900 });
      // Assess: shrunk to a 390 px screen, the labels were 4 px high
      expect(html[0]).toBeLessThanOrEqual(html[1]!);
      expect(plots.length).toBeGreaterThan(0);
      for (const p of plots) {
        expect(p.left).toBeGreaterThanOrEqual(0);
        expect(p.right).toBeLessThanOrEqual(width);
        expect(p.label).toBeGreaterThanOrEqual(8);
        // On a phone the plot scrolls in its box, opening on its right
        // end: today and the forecast
        expect(p.scrolls).toBe(width < 720);
        if (p.scrolls) expect(Math.abs(p.chartRight - p.right)).toBeLessThan(2);
        // The Gbps scale in sight there too: the left axis alone was
        // scrolled out of it
        expect(p.scale).toBeGreaterThanOrEqual(3);
      }
    },
  );
});
