import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeAccuracy } from '#lib/report/accuracy-summary';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import { renderAccuracy } from '#lib/report/render-accuracy';
import { syntheticAccuracy } from '../../fixtures/report/accuracy-rows.ts';
import { syntheticInput } from '../../fixtures/report/synthetic-input.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

/** 600 series (500 groups, 100 ISPs) at three horizons: 1,800 rows. */
const fleet = syntheticInput(100, 5, 10);
const rows = syntheticAccuracy(fleet, 1);
const SUMMARIES = summarizeAccuracy(rows, 80);
/** The ISP of the 201st row has no page in this run (gone since the
 * runs compared): its rows name it without a link. */
const GONE = SUMMARIES[200]!.isp;
const input = {
  ...fleet,
  isps: fleet.isps.filter((s) => s.isp !== GONE),
  evaluations: fleet.evaluations.filter((e) => e.isp !== GONE),
  accuracy: tallyAccuracy(rows, 80),
};
const { page, dir } = useReportBrowser(input, async (i) => [
  {
    path: 'accuracy.html',
    body: await renderAccuracy(i),
    contentType: 'text/html',
  },
]);

describe('the accuracy page of a large fleet in Chromium', () => {
  it("keeps the chart's labels legible on a phone, in a box that scrolls sideways from its axis", async () => {
    // Prepare
    await page().setViewportSize({ width: 390, height: 900 });
    // Act
    await page().goto(`file://${join(dir(), 'accuracy.html')}`);
    const plot = await page().$eval('.accuracy-chart .plot', (p) => {
      const svg = p.querySelector('svg')!;
      return {
        box: p.getBoundingClientRect().right,
        page: p.ownerDocument.documentElement.scrollWidth,
        scrollLeft: p.scrollLeft,
        chartLeft:
          svg.getBoundingClientRect().left - p.getBoundingClientRect().left,
        label: Math.min(
          ...[...svg.querySelectorAll('text')]
            .map((t) => t.getBoundingClientRect().height)
            .filter((h) => h > 0),
        ),
      };
    });
    await page().setViewportSize({ width: 1280, height: 900 });
    // Assess: shrunk to the screen, its labels were 6 px high
    expect(plot.label).toBeGreaterThanOrEqual(8);
    expect(plot.box).toBeLessThanOrEqual(390);
    expect(plot.page).toBeLessThanOrEqual(390);
    expect(plot.scrollLeft).toBe(0);
    expect(plot.chartLeft).toBe(0);
  });

  it("shows its table's first rows, and every row through 'Show all', drawn as the page scrolls", async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'accuracy.html')}`);
    const first = await page().$$eval(
      '#accuracy-table tbody tr',
      (r) => r.length,
    );
    // Act
    await page().click('[data-more="accuracy-table"] button[data-show="all"]');
    for (let i = 0; i < 5; i += 1) {
      await page().$eval('#accuracy-table', (t) => {
        const w = t.ownerDocument.defaultView!;
        w.scrollTo(
          0,
          w.scrollY + t.getBoundingClientRect().bottom - w.innerHeight,
        );
      });
      await page().evaluate('new Promise((r) => requestAnimationFrame(r))');
    }
    const last = await page().$eval('#accuracy-table', (t) => {
      const rows = t.querySelectorAll('tbody tr:not([aria-hidden])');
      const tr = rows[rows.length - 1]!;
      return {
        drawn: rows.length,
        at: tr.getAttribute('aria-rowindex'),
        series: tr.querySelector('th')!.textContent,
      };
    });
    // Assess
    expect(SUMMARIES.length).toBe(1800);
    expect(first).toBe(200);
    expect(await page().getAttribute('#accuracy-table', 'aria-rowcount')).toBe(
      '1801',
    );
    expect(last.drawn).toBeLessThan(300);
    expect(last).toMatchObject({ at: '1801', series: SUMMARIES.at(-1)!.key });
  });

  it("focuses the first row 'Show all' adds, by its first cell when it has no link", async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'accuracy.html')}`);
    // Act
    await page().click('[data-more="accuracy-table"] button[data-show="all"]');
    const focused = await page().evaluate(`(() => {
      const a = document.activeElement;
      return [a.tagName, a.closest('tr')?.getAttribute('aria-rowindex')];
    })()`);
    const cell = await page().$eval(
      '#accuracy-table tr[aria-rowindex="202"] th',
      (th) => [th.textContent, th.querySelector('a')],
    );
    // Assess
    expect(cell).toEqual([SUMMARIES[200]!.key, null]);
    expect(focused).toEqual(['TH', '202']);
  });
});
