import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareNames } from '#lib/domain/name-order';
import { renderIndex } from '#lib/report/render-index';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

/** ISP names whose order a plain code point sort gets wrong for people. */
const NAMES = ['Zeta', 'Net 10', 'Ärzte', 'Net 2', 'arzte'];
const base = fixtureInput();
const input = fixtureInput({
  isps: NAMES.map((isp, i) => ({ ...base.isps[i % base.isps.length]!, isp })),
});
const { page, dir } = useReportBrowser(input, async (i) => [
  { path: 'index.html', body: renderIndex(i), contentType: 'text/html' },
]);

const ispColumn = () =>
  page().$$eval('#isp-table tbody tr', (rows) =>
    rows.map((r) => r.children[0]!.textContent!.trim()),
  );

describe("the ISP table's sort in Chromium", () => {
  it('orders names as the pages list them: numbers as numbers, accents beside their letter', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'index.html')}`);
    // Act
    await page().click('#isp-table th:nth-child(1) button');
    const ascending = await ispColumn();
    await page().click('#isp-table th:nth-child(1) button');
    const descending = await ispColumn();
    // Assess
    expect(ascending).toEqual([
      'Acme Telecom', // the fixture's groups' ISPs are listed too
      'arzte',
      'Ärzte',
      'Globex',
      'Initech',
      'Net 2',
      'Net 10',
      'Zeta',
    ]);
    expect([...ascending].sort(compareNames)).toEqual(ascending);
    expect(descending).toEqual([...ascending].reverse());
  });
});
