import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACME_LHR1 } from '../../fixtures/report/report-groups.ts';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

/**
 * A bundle whose name has a run of 31 characters without a space
 * ('Comunicaciones/MAD1/cache' in the sample): on a card at 320 px, its
 * link in the ISP page's table of bundles ran past the screen's edge.
 */
const LONG = { ...ACME_LHR1, key: 'Acme Telecom/LHR1/Telecomunicaciones' };

const { dir, page } = useReportBrowser(
  fixtureInput({ evaluations: [...EVALUATIONS, LONG] }),
);

describe('the report at 320 px (400 % zoom of a 1280 px window)', () => {
  it.each(['index.html', 'isp/acme-telecom.html'])(
    'shows %s without scrolling sideways, long bundle names wrapped',
    async (path) => {
      // Prepare
      await page().setViewportSize({ width: 320, height: 700 });
      // Act
      await page().goto(`file://${join(dir(), path)}`);
      const seen = await page().$eval('html', (h) => ({
        width: h.scrollWidth,
        named: h.textContent!.includes('Acme Telecom/LHR1/Telecomunicaciones'),
      }));
      // Assess
      expect(seen.named).toBe(true);
      expect(seen.width).toBeLessThanOrEqual(320);
    },
  );
});
