import { describe, expect, it } from 'vitest';
import { sortedAsPage } from '../../helpers/page-sort-order.ts';
import {
  BUNDLE,
  TABLE,
  UTILIZATION,
  useShowAllTable,
} from '../../helpers/use-show-all-table.ts';

const {
  action: ACTION,
  page,
  count,
  showAll,
  drawn,
  toTableEnd,
  readWhole,
} = useShowAllTable();

describe(`'Show all' under a table of ${ACTION.length} rows in Chromium`, () => {
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
});
