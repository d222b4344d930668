/**
 * What bench/overview-measure.ts does on an open overview, each action
 * timed in the page from just before it to the next frame, on one table
 * (`table`: its id, 'action-table' on the overview).
 */
import type { Page } from 'playwright-core';

/** Runs `act` in the page, then waits for the frame after it. */
export const TIMED = `(async (act) => {
  const next = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  await next();
  const t0 = performance.now();
  act();
  await next();
  return performance.now() - t0;
})`;

/** A click on the table's header that starts with `column`
 * ('Critical' for 'Critical (upper)'), to the next frame. */
export async function sortTime(page: Page, table: string, column: string) {
  const ms: number = await page.evaluate(
    `${TIMED}(() => [...document.querySelectorAll('#${table} th button')]
      .find((b) => b.textContent.trim().startsWith(${JSON.stringify(column)})).click())`,
  );
  return { column, ms };
}

/** Types 'fra1 pni' into the table's filter, one key at a time. */
export async function filterTime(page: Page, table: string): Promise<number> {
  let worst = 0;
  const words = 'fra1 pni';
  for (let i = 1; i <= words.length; i += 1) {
    const ms: number = await page.evaluate(
      `${TIMED}(() => { const f = document.querySelector('input[data-filter="${table}"]');
        f.value = ${JSON.stringify(words.slice(0, i))};
        f.dispatchEvent(new Event('input', { bubbles: true })); })`,
    );
    worst = Math.max(worst, ms);
  }
  // Cleared again, so the page is as opened for what follows.
  await page.evaluate(
    `${TIMED}(() => { const f = document.querySelector('input[data-filter="${table}"]');
      f.value = ''; f.dispatchEvent(new Event('input', { bubbles: true })); })`,
  );
  return worst;
}

/** Forty jumps of a screen down the page from the table's top. */
export async function scrollTimes(page: Page, table: string) {
  await page.evaluate(`document.getElementById('${table}').scrollIntoView()`);
  const times: number[] = [];
  for (let i = 0; i < 40; i += 1) {
    times.push(
      await page.evaluate(`${TIMED}(() => window.scrollBy(0, innerHeight))`),
    );
  }
  times.sort((a, b) => a - b);
  return {
    scrollMedian: times[Math.floor(times.length / 2)]!,
    scrollWorst: times.at(-1)!,
  };
}

/** What 'Show all' under a long table costs, and then the table
 * with every row shown: to its last row, a sort, a screen's scroll. */
export interface AllShown {
  /** The click on 'Show all', to the next frame. */
  readonly showAll: number;
  /** A jump to the table's end, to the next frame. */
  readonly toBottom: number;
  /** The last row in the DOM on screen after that jump. */
  readonly lastRowOnScreen: boolean;
  /** A click on the first header clicked before, every row shown. */
  readonly sort: number;
  /** Twenty jumps of a screen up from the table's end: the median. */
  readonly scrollMedian: number;
  /** The table's rows in the DOM at the end. */
  readonly rowsInDom: number;
}

const element = (table: string) => `document.getElementById('${table}')`;
const toBottom = (table: string) => `(() => { const t = ${element(table)};
  scrollTo(0, scrollY + t.getBoundingClientRect().bottom - innerHeight); })`;
const lastOnScreen = (table: string) => `(() => {
  const rows = [...${element(table)}.tBodies[0].rows].filter((r) => !r.hasAttribute('aria-hidden'));
  const box = rows.at(-1).getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight + 1;
})()`;

/** 'Show all' under the table, where the page has it, then the table
 * with every row shown (last: it may put every row in the DOM). */
export async function allShownTimes(
  page: Page,
  table: string,
  column: string,
): Promise<AllShown | undefined> {
  const button = `[data-more="${table}"] button[data-show="all"]`;
  if ((await page.$(button)) === null) return undefined;
  const showAll: number = await page.evaluate(
    `${TIMED}(() => document.querySelector('${button}').click())`,
  );
  const end: number = await page.evaluate(`${TIMED}(${toBottom(table)})`);
  const lastRowOnScreen: boolean = await page.evaluate(lastOnScreen(table));
  const { ms: sort } = await sortTime(page, table, column);
  await page.evaluate(`${TIMED}(${toBottom(table)})`);
  const times: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    times.push(
      await page.evaluate(`${TIMED}(() => window.scrollBy(0, -innerHeight))`),
    );
  }
  times.sort((a, b) => a - b);
  const rowsInDom: number = await page.evaluate(
    `${element(table)}.querySelectorAll('tbody tr:not([aria-hidden])').length`,
  );
  const scrollMedian = times[Math.floor(times.length / 2)]!;
  return {
    showAll,
    toBottom: end,
    lastRowOnScreen,
    sort,
    scrollMedian,
    rowsInDom,
  };
}
