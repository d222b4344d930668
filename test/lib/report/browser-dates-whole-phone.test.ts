import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangesReport } from '#lib/rules/change-types';
import { DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { ACME_LHR1 } from '../../fixtures/report/report-groups.ts';
import {
  AS_OF,
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
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

/** An augment in service already and one planned, in its facts. */
const AUGMENTED = {
  ...ACME_LHR1,
  key: 'Acme Telecom/AMS1/cache',
  site: 'AMS1',
  linkType: 'cache' as const,
  plannedAugments: [
    {
      group: 'Acme Telecom/AMS1/cache',
      inServiceDate: '2026-09-17',
      addedBps: 400e9,
      reference: 'CHG-19621',
      lateByDays: 0,
      inService: true,
    },
    {
      group: 'Acme Telecom/AMS1/cache',
      inServiceDate: '2027-04-16',
      addedBps: 100e9,
      reference: 'CHG-32062',
      lateByDays: 110,
      inService: false,
    },
  ],
};

const { dir, page } = useReportBrowser({
  ...fixtureInput({ evaluations: [...EVALUATIONS, AUGMENTED] }),
  changes: CHANGES,
});

describe('dates on a phone', () => {
  it.each([
    ['the changes', 'index.html', 390, '#changes-table'],
    ['the data-quality heading', 'index.html', 390, '#quality'],
    ["the accuracy page's subtitle", 'accuracy.html', 390, 'header'],
    ['the footer', 'index.html', 320, 'footer'],
    ["a bundle's augments", 'isp/acme-telecom.html', 320, 'dl.facts'],
  ] as const)(
    'never splits a date of %s across two lines',
    async (_, file, width, selector) => {
      // Prepare
      await page().setViewportSize({ width, height: 900 });
      // Act
      await page().goto(`file://${join(dir(), file)}`);
      // The changes' list is folded under its counts: opened to be read.
      await page().$$eval('details.changes', (ds) => {
        for (const d of ds) (d as { open: boolean }).open = true;
      });
      const seen = await page().$$eval(
        selector,
        (es) => es.filter((e) => e.textContent!.includes('20')).length,
      );
      const broken = await brokenFigures(page(), selector);
      // Assess
      expect(seen).toBeGreaterThan(0);
      expect(broken).toEqual([]);
    },
  );
});
