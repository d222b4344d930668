import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AS_OF,
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

// Rows whose mean and upper-bound critical dates rank differently:
// Globex's mean (2027-01-10) is before Acme LHR1's (2027-01-20), its upper
// bound (2027-02-01) after LHR1's (2027-01-02); Acme FRA2 is over critical
// now while its forecast's first day over it (2027-01-08) is after LHR1's;
// Initech's watch has no critical date.
const { page, dir } = useReportBrowser(
  fixtureInput({
    evaluations: EVALUATIONS.map((e) => {
      if (e.level !== 'group') return e;
      if (e.key === 'Globex/FRA2/ix')
        return { ...e, criticalDate: '2027-01-10' };
      if (e.key === 'Acme Telecom/FRA2/transit')
        return {
          ...e,
          utilization: 0.88,
          criticalDate: '2027-01-20',
          criticalDateUpper: '2027-01-08',
        };
      if (e.key === 'Initech/AMS1/cache') return { ...e, severity: 'watch' };
      return e;
    }),
  }),
);

/** Each row's critical cell: the value shown first, and its sort value. */
const criticalCells = () =>
  page().$$eval('#action-table tbody tr', (rows) =>
    rows.map((r) => {
      const cell = r.querySelector('[data-label="Critical (upper)"]')!;
      return {
        shown: cell.firstChild!.textContent!.trim(),
        sortedBy: cell.getAttribute('data-v'),
      };
    }),
  );

describe('sorting the action table in Chromium by what its cells show', () => {
  it('orders the rows by the date each shows first, the upper bound, with "reached" as today', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'index.html')}`);
    const header = page().locator('#action-table th button', {
      hasText: 'Critical (upper)',
    });
    // Act
    await header.click();
    const ascending = await criticalCells();
    await header.click();
    const descending = await criticalCells();
    const title = await header.getAttribute('title');
    // Assess
    expect(ascending).toEqual([
      { shown: 'reached', sortedBy: AS_OF },
      { shown: '2027-01-02', sortedBy: '2027-01-02' },
      { shown: '2027-02-01', sortedBy: '2027-02-01' },
      { shown: '—', sortedBy: '' },
    ]);
    expect(descending.map((c) => c.shown)).toEqual([
      '2027-02-01',
      '2027-01-02',
      'reached',
      '—',
    ]);
    expect(title).toContain('upper bound of the 80% forecast interval');
  });

  it("orders the rows by the bundle cell's site and link type, not by the ISP its key starts with", async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'index.html')}`);
    const header = page().locator('#action-table th button', {
      hasText: 'Bundle',
    });
    // Act
    await header.click();
    const shown = await page().$$eval('#action-table tbody tr', (rows) =>
      rows.map((r) => r.querySelector('[data-label="Bundle"] a')!.textContent),
    );
    // Assess
    expect(shown).toEqual([
      'AMS1 cache',
      'FRA2 ix',
      'FRA2 transit',
      'LHR1 pni',
    ]);
  });
});
