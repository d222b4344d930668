import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS } from '../../helpers/report-browser.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

const { browser, dir, page } = useReportBrowser();

const column = (table: string, n: number) =>
  page().$$eval(
    `#${table} tbody tr`,
    (rows, i) => rows.map((r) => r.children[i]!.textContent!.trim()),
    n,
  );

/** The action table's utilization column, without the p95 beneath. */
const utilization = async () =>
  (await column('action-table', 4)).map((t) => t.replace(/p95.*/, ''));

describe('the report in Chromium', () => {
  it('opens the overview from disk and sorts a column on click', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'index.html')}`);
    const before = await utilization();
    // Act
    await page().click('#action-table th:nth-child(5) button');
    const ascending = await utilization();
    await page().click('#action-table th:nth-child(5) button');
    const descending = await utilization();
    await page().screenshot({
      path: join(SHOTS, 'report-index.png'),
      fullPage: true,
    });
    // Assess
    expect(before).toEqual(['76.0%', '66.0%', '30.0%']);
    expect(ascending).toEqual(['30.0%', '66.0%', '76.0%']);
    expect(descending).toEqual(['76.0%', '66.0%', '30.0%']);
    expect(
      await page().getAttribute('#action-table th:nth-child(5)', 'aria-sort'),
    ).toBe('descending');
  });

  it('filters a table by text', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'index.html')}`);
    // Act
    await page().fill('input[data-filter="isp-table"]', 'glob');
    const visible = await page().$$eval(
      '#isp-table tbody tr:not([hidden]) th',
      (c) => c.map((x) => x.textContent),
    );
    // Assess
    expect(visible).toEqual(['Globex']);
  });

  it('counts the rows a multi-word filter leaves and keeps it in the URL', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'index.html')}`);
    const count = () =>
      page().textContent('.tools:has([data-filter="action-table"]) output');
    const before = await count();
    // Act
    await page().fill('input[data-filter="action-table"]', 'fra2 ix');
    const after = await count();
    const rows = await page().$$eval(
      '#action-table tbody tr:not([hidden]) th',
      (c) => c.map((x) => x.textContent),
    );
    await page().reload();
    const kept = await page().inputValue('input[data-filter="action-table"]');
    const keptCount = await count();
    // Assess
    expect(before).toBe('3 shown');
    expect(after).toBe('1 shown');
    expect(rows).toEqual(['Globex']);
    expect(page().url()).toContain('action-table-q=fra2+ix');
    expect([kept, keptCount]).toEqual(['fra2 ix', '1 shown']);
  });

  it('sorts from the keyboard with a visible focus kept on the header, and keeps the sort in the URL', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'index.html')}`);
    await page().focus('#action-table th:nth-child(5) button');
    // Act
    const outline = await page().$eval(
      '#action-table th:nth-child(5) button',
      (b) => b.ownerDocument.defaultView!.getComputedStyle(b).outlineStyle,
    );
    await page().keyboard.press('Enter');
    const ascending = await utilization();
    const header = await page().$eval(
      '#action-table th:nth-child(5) button',
      (b) => [b === b.ownerDocument.activeElement, b.parentElement!.ariaSort],
    );
    await page().reload();
    const kept = await utilization();
    // Assess
    expect(outline).not.toBe('none');
    expect(ascending).toEqual(['30.0%', '66.0%', '76.0%']);
    expect(header).toEqual([true, 'ascending']);
    expect(kept).toEqual(ascending);
    expect(page().url()).toContain('action-table-sort=4.asc');
  });

  it("sorts an ISP page's bundles by severity rank, as the overview does", async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'isp/acme-telecom.html')}`);
    const severities = () => column('bundle-table', 1);
    // Act
    await page().click('#bundle-table th:nth-child(2) button');
    const ascending = await severities();
    await page().click('#bundle-table th:nth-child(2) button');
    const descending = await severities();
    // Assess
    expect(ascending).toEqual(['watch', 'critical']);
    expect(descending).toEqual(['critical', 'watch']);
  });

  it('loads nothing from the network and logs no errors', () => {
    // Prepare / Act: the pages visited above
    // Assess
    const { requests, problems } = browser();
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
