import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACME_LHR1 } from '../../fixtures/report/report-groups.ts';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

/**
 * A row with every second line at its longest: overdue and "ordered
 * today: in service …", a bundle named in the inventory, a late planned
 * augment, N-1 lost.
 */
const LONGEST = {
  ...ACME_LHR1,
  key: 'Acme Telecom LHR1 private interconnect bundle 2',
};

const { dir, page } = useReportBrowser(
  fixtureInput({ evaluations: [...EVALUATIONS, LONGEST] }),
);

describe('the overview on a laptop screen', () => {
  it.each([1024, 1280, 1366])(
    'shows every action column and the whole caption at %i px without scrolling sideways',
    async (width) => {
      // Prepare
      await page().setViewportSize({ width, height: 900 });
      // Act
      await page().goto(`file://${join(dir(), 'index.html')}`);
      const seen = await page().$eval('#action-table', (t) => {
        const scroller = t.closest('.scroll')!;
        return {
          scroll: scroller.scrollWidth,
          client: scroller.clientWidth,
          table: t.getBoundingClientRect().right,
          caption: t.querySelector('caption')!.getBoundingClientRect().right,
          named: t.textContent!.includes(
            'Acme Telecom LHR1 private interconnect bundle 2',
          ),
          ordered: t.textContent!.includes('ordered today: in service'),
        };
      });
      // Assess
      expect(seen.named && seen.ordered).toBe(true);
      expect(seen.scroll).toBeLessThanOrEqual(seen.client);
      expect(seen.table).toBeLessThanOrEqual(width);
      expect(seen.caption).toBeLessThanOrEqual(width);
    },
  );

  it('shows every ISP column at 1024 px without scrolling sideways', async () => {
    // Prepare: the headers, one line each at 1280 px, wrap between words
    await page().setViewportSize({ width: 1024, height: 900 });
    // Act
    await page().goto(`file://${join(dir(), 'index.html')}`);
    const seen = await page().$eval('#isp-table', (t) => {
      const scroller = t.closest('.scroll')!;
      const worst = [...t.querySelectorAll('thead th')].at(-1)!;
      return {
        scroll: scroller.scrollWidth,
        client: scroller.clientWidth,
        worst: worst.textContent,
        right: worst.getBoundingClientRect().right,
      };
    });
    // Assess
    expect(seen.worst).toBe('Worst');
    expect(seen.scroll).toBeLessThanOrEqual(seen.client);
    expect(seen.right).toBeLessThanOrEqual(1024);
  });

  it('keeps the caption within the screen where the table scrolls sideways', async () => {
    // Prepare: a window narrower than the action table's columns
    await page().setViewportSize({ width: 800, height: 900 });
    // Act
    await page().goto(`file://${join(dir(), 'index.html')}`);
    const seen = await page().$eval('#action-table', (t) => ({
      scroll: t.closest('.scroll')!.scrollWidth,
      box: t.closest('.scroll')!.getBoundingClientRect().right,
      caption: t.querySelector('caption')!.getBoundingClientRect().right,
    }));
    // Assess: the table scrolls, its caption wraps within the box
    expect(seen.scroll).toBeGreaterThan(800);
    expect(seen.caption).toBeLessThanOrEqual(seen.box);
  });
});
