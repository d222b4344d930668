import { describe, expect, it } from 'vitest';
import {
  BUNDLE,
  TABLE,
  useShowAllTable,
} from '../../helpers/use-show-all-table.ts';

const {
  action: ACTION,
  page,
  count,
  showAll,
  drawn,
  toTableEnd,
} = useShowAllTable();

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
});
