import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

const { dir, page } = useReportBrowser();

/** Where an element's box lies across the screen, and the screen's width. */
async function across(path: string, selector: string, width: number) {
  await page().setViewportSize({ width, height: 900 });
  await page().goto(`file://${join(dir(), path)}`);
  const box = await page().$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, text: el.textContent ?? '' };
  });
  const client = await page().$eval('html', (h) => h.clientWidth);
  await page().setViewportSize({ width: 1440, height: 900 });
  return { ...box, client };
}

describe("what an ISP's count of groups to order counts, in Chromium", () => {
  it.each([1440, 390])(
    "shows the overview's ISP table's key whole at %i px",
    async (width) => {
      // Act
      const key = await across('index.html', '#isp-table caption', width);

      // Assess: on the screen, edge to edge
      expect(key.text).toContain('Groups to order: those at critical');
      expect(key.left).toBeGreaterThanOrEqual(0);
      expect(key.right).toBeLessThanOrEqual(key.client);
    },
  );

  it.each([1440, 390])(
    "shows the ISP page's figures, the count's words with them, whole at %i px",
    async (width) => {
      // Act
      const facts = await across(
        'isp/acme-telecom.html',
        '#total ~ dl.facts',
        width,
      );

      // Assess
      expect(facts.text).toContain(
        'Groups to order1at critical (order now) or warning (order soon)',
      );
      expect(facts.left).toBeGreaterThanOrEqual(0);
      expect(facts.right).toBeLessThanOrEqual(facts.client);
    },
  );
});
