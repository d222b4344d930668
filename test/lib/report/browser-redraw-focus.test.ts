import { describe, expect, it } from 'vitest';
import { useLongOverview } from '../../helpers/use-long-overview.ts';
import { TABLE } from '../../helpers/use-show-all-table.ts';

/** About 1,400 groups needing action: more than a page draws at once. */
const { action: ACTION, page, open: openOverview } = useLongOverview(600, 4);
const SORT = `${TABLE} th:nth-child(5) button`; /* Utilization */
const FILTER = 'input[data-filter="action-table"]';
/** Where each row goes sorted by utilization, ascending (a stable sort). */
const SORTED = ACTION.map((e, i) => ({ e, i }))
  .sort((a, b) => a.e.utilization - b.e.utilization)
  .map((x) => x.i);
/** The first of the table's first 40 rows (in view, with its top) that
 * a sort moves to between `from` and `to`. */
const movedTo = (from: number, to: number) =>
  SORTED.findIndex((i, at) => i < 40 && at >= from && at < to);

async function open(all: boolean) {
  await page().setViewportSize({ width: 1280, height: 900 });
  await openOverview();
  if (all)
    await page().click('[data-more="action-table"] button[data-show="all"]');
  await page().$eval(TABLE, (t) => t.scrollIntoView());
  await page().evaluate('new Promise((r) => requestAnimationFrame(r))');
}

/** Focuses the ISP link of the row ranked `i` (0 the first), kept as
 * `window.held`. */
const focusRow = (i: number) =>
  page().evaluate(`(() => {
    const tr = document.querySelector('${TABLE} tr[aria-rowindex="${i + 2}"]')
      || document.querySelectorAll('${TABLE} tbody tr')[${i}];
    window.held = tr.querySelector('a');
    window.held.focus();
  })()`);

/** Sorts as a click from a script, or a screen reader activating the
 * header from its reading cursor, does: focus stays where it was. */
const sortLeavingFocus = () =>
  page().evaluate(`document.querySelector('${SORT}').click()`);

/** Where focus is: the held link (connected) or another element, the
 * focused row's place among the table's rows (1 the header), its ISP,
 * and whether it is on screen. */
const focus = () =>
  page().evaluate(`(() => {
    const a = document.activeElement, tr = a.closest('${TABLE} tbody tr');
    const rows = [...document.querySelectorAll('${TABLE} tbody tr:not([aria-hidden])')];
    const box = tr && tr.getBoundingClientRect();
    return {
      on: a === window.held && a.isConnected ? 'held' : a.tagName,
      at: tr ? Number(tr.getAttribute('aria-rowindex') || rows.indexOf(tr) + 2) : 0,
      isp: tr ? tr.querySelector('a').textContent : '',
      onScreen: !!box && box.top >= 0 && box.bottom <= innerHeight + 1,
    };
  })()`);

describe(`focus across a sort or filter of a table of ${ACTION.length} rows in Chromium`, () => {
  it.each([
    ['the first 200 shown', false, 300, 900],
    ['every row shown, a window drawn', true, 1100, ACTION.length],
  ])(
    'keeps focus on the same row wherever a sort moves it, in view (%s)',
    async (_, all, from, to) => {
      // Prepare
      const at = movedTo(from, to);
      const row = SORTED[at]!;
      await open(all);
      await focusRow(row);
      const before = await focus();
      // Act
      await sortLeavingFocus();
      const after = await focus();
      const note = await page().textContent('[data-more="action-table"] span');
      const drawn = await page().$$eval(
        `${TABLE} tbody tr[aria-rowindex]`,
        (r) => r.map((tr) => Number(tr.getAttribute('aria-rowindex'))),
      );
      // Assess
      expect(at).toBeGreaterThan(0);
      expect(before).toMatchObject({ on: 'held', at: row + 2 });
      const isp = ACTION[row]!.isp;
      expect(after).toEqual({ on: 'held', at: at + 2, isp, onScreen: true });
      /* Windowed, the rows drawn around it; else every row up to it. */
      if (all) expect(drawn).toEqual(drawn.map((_, k) => drawn[0]! + k));
      if (all) expect(drawn).toContain(at + 2);
      else expect(note).toMatch(`The first ${at + 1} of ${ACTION.length}`);
    },
  );

  it('keeps focus on a row the filter keeps, and moves it to the filter from a row it hides', async () => {
    // Prepare
    await open(true);
    await focusRow(10);
    const filter = (q: string) =>
      page().evaluate(`(() => {
        const f = document.querySelector('${FILTER}');
        f.value = '${q}';
        f.dispatchEvent(new Event('input'));
      })()`);
    // Act
    await filter(ACTION[10]!.isp.toLowerCase());
    const kept = await focus();
    await filter('no such isp');
    const hidden = await page().$eval(
      FILTER,
      (f) => f === f.ownerDocument.activeElement,
    );
    // Assess
    const isp = ACTION[10]!.isp;
    expect(kept).toMatchObject({ on: 'held', isp, onScreen: true });
    expect(hidden).toBe(true);
  });

  it('keeps focus in the filter while the user types', async () => {
    // Prepare
    await open(true);
    // Act
    await page().click(FILTER);
    await page().keyboard.type(ACTION[10]!.isp.slice(0, 4));
    const typed = [
      await page().$eval(FILTER, (f) => f === f.ownerDocument.activeElement),
      await page().inputValue(FILTER),
    ];
    // Assess
    expect(typed).toEqual([true, ACTION[10]!.isp.slice(0, 4)]);
  });
});
