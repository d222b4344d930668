import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { ACME_FRA2, ACME_LHR1 } from '../../fixtures/report/report-groups.ts';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { brokenFigures } from '../../helpers/broken-figures.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

// A4 landscape less the 10 mm margins of the print stylesheet, at 96 dpi.
const PRINT_WIDTH = Math.floor(((297 - 20) / 25.4) * 96);

/** Second lines at their longest, as on the sample's overview. */
const NAMED: Evaluation = {
  ...ACME_LHR1,
  key: 'Acme Telecom LHR1 private interconnect bundle 2',
};
/** N-1 holds until a date; an augment in service already. */
const UNTIL: Evaluation = {
  ...ACME_FRA2,
  key: 'Acme Telecom/AMS1/cache',
  site: 'AMS1',
  linkType: 'cache',
  lastPeakBps: 613e9,
  capacityBps: 800e9,
  n1BreachDate: '2027-04-17',
  plannedAugments: [
    {
      group: 'Acme Telecom/AMS1/cache',
      inServiceDate: '2026-09-16',
      addedBps: 400e9,
      reference: 'CHG-19621',
      lateByDays: 0,
      inService: true,
    },
  ],
};

/** The sample's longest names, beside a late augment in the next column. */
const GULF: Evaluation = {
  ...ACME_LHR1,
  key: 'Falcon Gulf Telecom DXB1 cache bundle 1',
  isp: 'Falcon Gulf Telecom',
  site: 'DXB1',
  linkType: 'cache',
  n1Ok: true,
  n1BreachDate: '2027-04-17',
};

/** A watch that reaches warning only: its warning date beneath a dash. */
const WARNING_ONLY: Evaluation = {
  ...ACME_FRA2,
  key: 'Acme Telecom/MAD1/ix',
  site: 'MAD1',
  linkType: 'ix',
  criticalDateUpper: undefined,
  orderByDate: undefined,
  warningDateUpper: '2027-02-20',
};

const { dir, page } = useReportBrowser(
  fixtureInput({
    evaluations: [...EVALUATIONS, NAMED, UNTIL, GULF, WARNING_ONLY],
  }),
);

describe('dates and figures read whole', () => {
  it.each([
    ['the overview on a laptop', 'index.html', 1280, 'screen', '#action-table'],
    [
      'the overview printed',
      'index.html',
      PRINT_WIDTH,
      'print',
      '#action-table',
    ],
    ['the partner pack', 'partners/acme-telecom.html', 1280, 'screen', 'table'],
    [
      'the partner pack printed',
      'partners/acme-telecom.html',
      PRINT_WIDTH,
      'print',
      'table',
    ],
  ] as const)(
    'never splits a date or a figure from its unit across two lines on %s',
    async (_, file, width, media, selector) => {
      // Prepare
      await page().setViewportSize({ width, height: 900 });
      await page().emulateMedia({ media });
      // Act
      await page().goto(`file://${join(dir(), file)}`);
      const broken = await brokenFigures(page(), selector);
      // Assess
      expect(broken).toEqual([]);
    },
  );

  it("prints a cell's second line no larger than its first", async () => {
    // Prepare
    await page().setViewportSize({ width: PRINT_WIDTH, height: 900 });
    await page().emulateMedia({ media: 'print' });
    // Act
    await page().goto(`file://${join(dir(), 'index.html')}`);
    const sizes = await page().$$eval('#action-table td .sub', (subs) =>
      subs.map((s) => {
        const css = (e: typeof s) =>
          Number.parseFloat(
            e.ownerDocument.defaultView!.getComputedStyle(e).fontSize,
          );
        return { sub: css(s), cell: css(s.closest('td')!) };
      }),
    );
    // Assess
    expect(sizes.length).toBeGreaterThan(0);
    for (const { sub, cell } of sizes) expect(sub).toBeLessThanOrEqual(cell);
  });
});
