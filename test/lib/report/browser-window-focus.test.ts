import { describe, expect, it } from 'vitest';
import { TABLE, useShowAllTable } from '../../helpers/use-show-all-table.ts';

/** About 1,400 groups needing action: more than a page draws at once. */
const { action: ACTION, page, showAll, toTableEnd } = useShowAllTable();
const frame = () =>
  page().evaluate('new Promise((r) => requestAnimationFrame(r))');

/** Every row shown, the table's top in view, and the last (or first) link
 * of the table's tenth row (aria-rowindex 11) focused, kept as
 * `window.held`. */
async function focusTenthRow(last = true) {
  await showAll();
  await page().$eval(TABLE, (t) => t.scrollIntoView());
  await frame();
  await page().evaluate(`(() => {
    const links = document.querySelectorAll('${TABLE} tr[aria-rowindex="11"] a');
    window.held = links[${last} ? links.length - 1 : 0];
    window.held.focus();
  })()`);
}

/** Where focus is: the row's aria-rowindex, whether it is the held link,
 * and its place among the links of its row. */
const focus = () =>
  page().evaluate(`(() => {
    const a = document.activeElement, tr = a.closest('${TABLE} tbody tr');
    return {
      row: tr ? tr.getAttribute('aria-rowindex') : a.tagName,
      held: a === window.held && a.isConnected,
      link: tr ? [...tr.querySelectorAll('a')].indexOf(a) : -1,
    };
  })()`);
/** The held link's row's top in the page, wherever the view is. */
const heldTop = () =>
  page().evaluate<number>(
    `window.held.closest('tr').getBoundingClientRect().top + scrollY`,
  );

/** The drawn rows' aria-rowindex, in the order of the DOM. */
const order = () =>
  page().$$eval(`${TABLE} tbody tr:not([aria-hidden])`, (rows) =>
    rows.map((r) => Number(r.getAttribute('aria-rowindex'))),
  );

describe(`focus in a windowed table of ${ACTION.length} rows in Chromium`, () => {
  it('keeps focus on a row while the view scrolls far from it, and Tab goes on from it', async () => {
    // Prepare
    await focusTenthRow();
    const before = await focus();
    const top = await heldTop();
    // Act
    await toTableEnd();
    const away = await focus();
    const topAway = await heldTop();
    const rows = await order();
    const lastOnScreen = await page().$eval(
      `${TABLE} tr[aria-rowindex="${ACTION.length + 1}"]`,
      (r) =>
        r.getBoundingClientRect().bottom <=
        r.ownerDocument.defaultView!.innerHeight + 1,
    );
    await page().keyboard.press('Tab');
    const next = await focus();
    // Assess
    expect(before).toEqual({ row: '11', held: true, link: 1 });
    expect(away).toEqual({ row: '11', held: true, link: 1 });
    expect(Math.abs(topAway - top)).toBeLessThan(1);
    expect(rows[0]).toBe(11);
    expect(rows.at(-1)).toBe(ACTION.length + 1);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(lastOnScreen).toBe(true);
    expect(await page().getAttribute(TABLE, 'aria-rowcount')).toBe(
      String(ACTION.length + 1),
    );
    expect(next).toEqual({ row: '12', held: false, link: 0 });
  });

  it('goes back to the row before with Shift+Tab from a row kept far from the view', async () => {
    // Prepare
    await focusTenthRow(false);
    await toTableEnd();
    const away = await focus();
    // Act
    await page().keyboard.press('Shift+Tab');
    const back = await focus();
    // Assess
    expect(away).toEqual({ row: '11', held: true, link: 0 });
    expect(back).toEqual({ row: '10', held: false, link: 1 });
  });

  it('keeps focus on a row while the view jumps from above it to below it', async () => {
    // Prepare: 'Show all' focuses the first row added, the 201st.
    await showAll();
    await page().evaluate('window.held = document.activeElement');
    const first = await focus();
    // Act
    await page().$eval(TABLE, (t) => t.scrollIntoView());
    await frame();
    const above = await focus();
    await toTableEnd();
    const below = await focus();
    await page().keyboard.press('Shift+Tab');
    const back = await focus();
    // Assess
    expect(first).toEqual({ row: '202', held: true, link: 0 });
    expect([above, below]).toEqual([first, first]);
    expect(back).toEqual({ row: '201', held: false, link: 1 });
  });
});
