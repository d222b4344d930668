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
  it.each([1280, 1366])(
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
});
