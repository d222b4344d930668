import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangesReport, GroupChange } from '#lib/rules/change-types';
import { DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { AS_OF, fixtureInput } from '../../fixtures/report/report-input.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

/** A week's changes of a fleet: 30 bundles whose order-by date moved. */
const CHANGES: ChangesReport = {
  asOf: AS_OF,
  previousAsOf: '2026-11-19',
  rule: { ...DEFAULT_CHANGE_RULE, warningWindowDays: 30 },
  state: [],
  changes: Array.from(
    { length: 30 },
    (_, i): GroupChange => ({
      key: `Acme Telecom/LHR${i + 1}/pni`,
      isp: 'Acme Telecom',
      kinds: ['order-by-moved'],
      severity: { from: 'watch', to: 'watch' },
      orderBy: { from: '2027-08-16', to: '2027-05-03', movedDays: -105 },
      ask: { toPorts: 1, toBps: 100e9 },
      growth: { from: 30.5, to: 30.5 },
      text: 'order-by 105 days earlier (2027-08-16 → 2027-05-03)',
    }),
  ),
};

const { dir, page } = useReportBrowser({
  ...fixtureInput(),
  changes: CHANGES,
});

const overview = () => `file://${join(dir(), 'index.html')}`;

/** The page printed to PDF: its pages, and its bytes but for its dates. */
async function printed() {
  const pdf = (await page().pdf()).toString('latin1');
  return {
    pages: pdf.match(/\/Type \/Page\b/g)?.length,
    body: pdf.replace(/\/(CreationDate|ModDate) \([^)]*\)/g, ''),
  };
}

/** A browser before ::details-content (Chromium 131, Firefox 143,
 * Safari 18.4): the print stylesheet's rule that opens the list dropped. */
const DROP_DETAILS_CONTENT = `for (const sheet of document.styleSheets)
  for (const rule of sheet.cssRules)
    if (rule.cssRules)
      for (let i = rule.cssRules.length - 1; i >= 0; i -= 1)
        if (rule.cssRules[i].cssText.includes('::details-content'))
          rule.deleteRule(i);`;

/** How many of the changes' rows the page draws. */
const drawnChanges = () =>
  page().$$eval(
    '#changes-table tbody tr',
    (rows) => rows.filter((r) => r.checkVisibility()).length,
  );

describe("the overview's changes list", () => {
  it('leaves the first action rows on the first screen of a 1440 px laptop, the changes counted above their folded list', async () => {
    // Prepare
    await page().setViewportSize({ width: 1440, height: 900 });

    // Act
    await page().goto(overview());
    const firstRow = await page().$eval(
      '#action-table tbody tr',
      (tr) => tr.getBoundingClientRect().bottom,
    );
    const counts = await page().locator('#changes ~ ul.counts').textContent();

    // Assess: the list of 30 pushed the action table below 900 px
    expect(firstRow).toBeLessThan(900);
    expect(counts).toBe('30 order-by date moved');
    expect(await drawnChanges()).toBe(0);
  });

  it('shows every change once its summary is clicked', async () => {
    // Prepare
    await page().goto(overview());

    // Act
    await page().getByText('What changed, bundle by bundle (30)').click();

    // Assess
    expect(await drawnChanges()).toBe(30);
  });

  it('opens the list for a link that sorts it', async () => {
    // Act
    await page().goto(`${overview()}?changes-table-sort=0.desc`);

    // Assess
    expect(await drawnChanges()).toBe(30);
  });

  it('prints the list open', async () => {
    // Prepare
    await page().goto(overview());

    // Act
    await page().emulateMedia({ media: 'print' });
    const printed = await drawnChanges();
    await page().emulateMedia({ media: 'screen' });

    // Assess
    expect(printed).toBe(30);
  });

  it('prints the list open in a browser whose stylesheet cannot open it, and folds it again after', async () => {
    // Prepare: the page printed with its list opened by hand
    await page().goto(overview());
    await page().getByText('What changed, bundle by bundle (30)').click();
    const opened = await printed();
    await page().goto(overview());
    await page().evaluate(DROP_DETAILS_CONTENT);

    // Act
    const folded = await printed();

    // Assess: the printout lost the list (2 pages for 3), its summary
    // hidden on paper, without a word
    expect(folded.pages).toBe(opened.pages);
    expect(folded.body === opened.body).toBe(true);
    expect(await drawnChanges()).toBe(0);
  });
});
