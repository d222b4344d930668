import { useLongOverview } from './use-long-overview.ts';

/** The action table's selector. */
export const TABLE = '#action-table';
/** The action table's bundle column. */
export const BUNDLE = 3;
/** The action table's utilization column. */
export const UTILIZATION = 4;

/**
 * The overview of about 1,400 groups needing action (more than a page
 * draws at once) in Chromium, and the moves of the tests of its action
 * table with every row shown.
 *
 * @returns the ranked groups, the page, its "N shown" count, and the moves
 * @example
 * const { action, showAll, drawn } = useShowAllTable();
 */
export function useShowAllTable() {
  const { action, page, open, count } = useLongOverview(600, 4);

  async function showAll(width = 1280) {
    await page().setViewportSize({ width, height: 900 });
    await open();
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

  /** Every row the table draws, by position, scrolling it a screen at a
   * time from its top to its end. */
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

  return { action, page, count, showAll, drawn, toTableEnd, readWhole };
}
