import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

// Initech's bundle at watch with no order-by date: a row whose date
// cells are blank (—) among the action table's dated rows.
const { page, dir } = useReportBrowser(
  fixtureInput({
    evaluations: EVALUATIONS.map((e) =>
      e.key === 'Initech/AMS1/cache' ? { ...e, severity: 'watch' } : e,
    ),
  }),
);

/** The action table's order-by dates, top to bottom ('' for —). */
const orderBy = () =>
  page().$$eval('#action-table tbody tr', (rows) =>
    rows.map((r) => r.children[1]!.getAttribute('data-v')),
  );

describe('sorting a column with blanks in Chromium', () => {
  it('keeps the rows without a value last, ascending and descending', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'index.html')}`);
    // Act
    await page().click('#action-table th:nth-child(2) button');
    const ascending = await orderBy();
    await page().click('#action-table th:nth-child(2) button');
    const descending = await orderBy();
    // Assess
    expect(ascending).toEqual(['2026-10-04', '2026-12-03', '2027-08-17', '']);
    expect(descending).toEqual(['2027-08-17', '2026-12-03', '2026-10-04', '']);
  });
});
