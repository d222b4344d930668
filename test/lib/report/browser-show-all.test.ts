import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankGroups } from '#lib/report/rank';
import { renderIndex } from '#lib/report/render-index';
import { longInput } from '../../fixtures/report/long-input.ts';
import { sortedAsPage } from '../../helpers/page-sort-order.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

/** About 1,400 groups needing action: more than a page draws at once. */
const input = longInput(600, 4);
const ACTION = rankGroups(input.evaluations);
const { page, dir } = useReportBrowser(input, async (i) => [
  { path: 'index.html', body: renderIndex(i), contentType: 'text/html' },
]);
const TABLE = '#action-table';
const BUNDLE = 3;
const UTILIZATION = 4;

async function showAll(width = 1280) {
  await page().setViewportSize({ width, height: 900 });
  await page().goto(`file://${join(dir(), 'index.html')}`);
  await page().click('[data-more="action-table"] button[data-show="all"]');
}

/** The rows drawn now: position in the table (1 is the header) and a
 * column's sort value, and whether the row is on screen. */
const drawn = (column: number) =>
  page().$$eval(
    `${TABLE} tbody tr:not([aria-hidden])`,
    (rows, c) =>
      rows.map((r) => {
        const box = r.getBoundingClientRect();
        const { innerHeight } = r.ownerDocument.defaultView!;
        return {
          at: Number(r.getAttribute('aria-rowindex')),
          key: r.children[c]!.getAttribute('data-v')!,
          onScreen: box.top >= 0 && box.bottom <= innerHeight + 1,
        };
      }),
    column,
  );

/** Scrolls so that the table's end meets the viewport's, as a person
 * dragging to it would, until the page stops moving. */
async function toTableEnd() {
  for (let i = 0; i < 5; i += 1) {
    await page().evaluate(`(() => {
      const t = document.querySelector('${TABLE}');
      scrollTo(0, scrollY + t.getBoundingClientRect().bottom - innerHeight);
    })()`);
    await page().evaluate('new Promise((r) => requestAnimationFrame(r))');
  }
}

/** Every row the table draws, by position, scrolling it a screen at a time
 * from its top to its end. */
async function readWhole(column: number): Promise<Map<number, string>> {
  await page().$eval(TABLE, (t) => t.scrollIntoView());
  const rows = new Map<number, string>();
  for (let i = 0; i < 400; i += 1) {
    for (const r of await drawn(column)) rows.set(r.at, r.key);
    const end: boolean = await page().$eval(
      TABLE,
      (t) =>
        t.getBoundingClientRect().bottom <=
        t.ownerDocument.defaultView!.innerHeight,
    );
    if (end) break;
    await page().evaluate('scrollBy(0, innerHeight)');
    await page().evaluate('new Promise((r) => requestAnimationFrame(r))');
  }
  return rows;
}

const count = () =>
  page().textContent('.tools:has([data-filter="action-table"]) output');

describe(`'Show all' under a table of ${ACTION.length} rows in Chromium`, () => {
  it('counts every row, tells a screen reader how many, and draws only those near the view', async () => {
    // Prepare
    const bundles = ACTION.map((e) => `${e.key}`);
    // Act
    await showAll();
    const rows = await drawn(BUNDLE);
    const rowCount = await page().getAttribute(TABLE, 'aria-rowcount');
    const note = await page().textContent('[data-more="action-table"] span');
    const focused = await page().$eval(TABLE, (t) =>
      t.ownerDocument.activeElement
        ?.closest('tr')
        ?.getAttribute('aria-rowindex'),
    );
    // Assess
    expect(ACTION.length).toBeGreaterThan(1000);
    expect(await count()).toBe(`${ACTION.length} shown`);
    expect(rowCount).toBe(String(ACTION.length + 1));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.length).toBeLessThan(300);
    expect(rows.map((r) => r.key.split(' ').at(-1))).toEqual(
      rows.map((r) => bundles[r.at - 2]!.split(' ').at(-1)),
    );
    expect(note).toContain(`All ${ACTION.length} rows, drawn as you scroll`);
    expect(await page().isVisible('[data-show="all"]')).toBe(false);
    expect(focused).toBe('202');
  });

  it.each([1280, 390])(
    'shows the last row at the end of the table (%i px wide)',
    async (width) => {
      // Prepare
      await showAll(width);
      // Act
      await toTableEnd();
      const rows = await drawn(BUNDLE);
      // Assess
      const last = rows.at(-1)!;
      expect(last.at).toBe(ACTION.length + 1);
      expect(last.key).toContain(ACTION.at(-1)!.key);
      expect(last.onScreen).toBe(true);
    },
  );

  it('shows the last row at the end of the table after the window narrows to a phone', async () => {
    // Prepare
    await showAll(1280);
    // Act
    await page().setViewportSize({ width: 390, height: 900 });
    await toTableEnd();
    const last = (await drawn(BUNDLE)).at(-1)!;
    // Assess
    expect(last.at).toBe(ACTION.length + 1);
    expect(last.onScreen).toBe(true);
  });

  it('keeps the sorted order through the whole table, sorted with every row shown', async () => {
    // Prepare
    const keys = ACTION.map((e) => String(e.utilization));
    await showAll();
    // Act
    await page().click(`${TABLE} th:nth-child(${UTILIZATION + 1}) button`);
    await page().click(`${TABLE} th:nth-child(${UTILIZATION + 1}) button`);
    const rows = await readWhole(UTILIZATION);
    await toTableEnd();
    const end = (await drawn(UTILIZATION)).at(-1)!;
    // Assess
    const down = sortedAsPage(keys, false);
    expect([...rows.keys()].sort((a, b) => a - b)).toEqual(
      ACTION.map((_, i) => i + 2),
    );
    expect(ACTION.map((_, i) => rows.get(i + 2))).toEqual(down);
    expect(end).toEqual({
      at: ACTION.length + 1,
      key: down.at(-1),
      onScreen: true,
    });
    expect(await count()).toBe(`${ACTION.length} shown`);
  });

  it('filters every row while all are shown, and shows them all again when cleared', async () => {
    // Prepare
    const fra2 = ACTION.filter((e) => e.site === 'FRA2');
    await showAll();
    // Act
    await page().fill('input[data-filter="action-table"]', 'fra2');
    const filtered = [await count(), (await drawn(BUNDLE)).length];
    await page().fill('input[data-filter="action-table"]', '');
    // Assess
    expect(fra2.length).toBeLessThan(1000);
    expect(filtered).toEqual([`${fra2.length} shown`, fra2.length]);
    expect(await page().getAttribute(TABLE, 'aria-rowcount')).toBe(
      String(ACTION.length + 1),
    );
    expect(await count()).toBe(`${ACTION.length} shown`);
  });

  it('moves the keyboard through rows beyond those first drawn', async () => {
    // Prepare
    await showAll();
    const row = () =>
      page().evaluate(
        `document.activeElement.closest('#action-table tr')?.getAttribute('aria-rowindex')`,
      );
    const first = Number(await row());
    // Act: two links a row.
    for (let i = 0; i < 160; i += 1) await page().keyboard.press('Tab');
    const after = Number(await row());
    // Assess
    expect(first).toBe(202);
    expect(after).toBe(first + 80);
  });

  it('prints the rows drawn without the blank space that stands for the others', async () => {
    // Prepare
    await showAll();
    // Act
    await page().emulateMedia({ media: 'print' });
    const spacers = await page().$$eval(`${TABLE} tr[aria-hidden]`, (trs) =>
      trs.map((tr) => tr.getBoundingClientRect().height),
    );
    await page().emulateMedia({ media: 'screen' });
    // Assess
    expect(spacers).toEqual([0, 0]);
    expect(await page().isVisible('[data-more="action-table"]')).toBe(true);
  });
});
