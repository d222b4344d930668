import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangesReport } from '#lib/rules/change-types';
import { DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { ACME_LHR1 } from '../../fixtures/report/report-groups.ts';
import { AS_OF, fixtureInput } from '../../fixtures/report/report-input.ts';
import { brokenFigures } from '../../helpers/broken-figures.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

/** A change as the sample's run of 2026-12-07 wrote it. */
const CHANGES: ChangesReport = {
  asOf: AS_OF,
  previousAsOf: '2026-11-19',
  rule: { ...DEFAULT_CHANGE_RULE, warningWindowDays: 30 },
  state: [],
  changes: [
    {
      key: ACME_LHR1.key,
      isp: ACME_LHR1.isp,
      kinds: ['order-by-moved', 'growth-re-estimated'],
      severity: { from: 'watch', to: 'watch' },
      orderBy: { from: '2027-08-16', to: '2027-05-03', movedDays: -105 },
      ask: { toPorts: 1, toBps: 100e9 },
      growth: { from: 35.6, to: 30.5 },
      text:
        'order-by 105 days earlier (2027-08-16 → 2027-05-03); growth ' +
        're-estimated +35.6%/yr → +30.5%/yr',
    },
  ],
};

const { dir, page } = useReportBrowser({
  ...fixtureInput(),
  changes: CHANGES,
});

describe('dates on a phone', () => {
  it.each([
    ['the changes', 'index.html', 390, '#changes-table'],
    ['the data-quality heading', 'index.html', 390, '#quality'],
    ["the accuracy page's subtitle", 'accuracy.html', 390, 'header'],
    ['the footer', 'index.html', 320, 'footer'],
  ] as const)(
    'never splits a date of %s across two lines',
    async (_, file, width, selector) => {
      // Prepare
      await page().setViewportSize({ width, height: 900 });
      // Act
      await page().goto(`file://${join(dir(), file)}`);
      const seen = await page().$$eval(selector, (es) => es.length);
      const broken = await brokenFigures(page(), selector);
      // Assess
      expect(seen).toBe(1);
      expect(broken).toEqual([]);
    },
  );
});
