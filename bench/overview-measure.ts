/**
 * What a person waits for on the overview, measured in Chromium (the
 * system's `/usr/bin/chromium` through playwright-core): opening the page,
 * sorting a column, filtering, scrolling, and the memory it holds. Used by
 * bench/overview.ts.
 */
import { readFile } from 'node:fs/promises';
import { type Browser, chromium, type Page } from 'playwright-core';
import {
  type AllShown,
  allShownTimes,
  filterTime,
  scrollTimes,
  sortTime,
} from './overview-actions.ts';

/** One opening of a page and what was done on it; times in ms. */
export interface OverviewFigures {
  readonly domContentLoaded: number;
  readonly load: number;
  /** The main thread free after the load: the end of its last long task. */
  readonly usable: number;
  /** A click on a header to the next frame, per column clicked. */
  readonly sorts: readonly { readonly column: string; readonly ms: number }[];
  /** Typing 'fra1 pni' a character at a time: the slowest keystroke. */
  readonly filterWorstKey: number;
  /** Jumps of a screen down the page (as Page Down): median, slowest. */
  readonly scrollMedian: number;
  readonly scrollWorst: number;
  readonly jsHeapMb: number;
  /** Resident memory of the page's renderer process. */
  readonly rendererRssMb: number;
  readonly domNodes: number;
  /** The measured table's rows in the DOM. */
  readonly rowsInDom: number;
  /** 'Show all' under a long table, then the table whole (last). */
  readonly allShown?: AllShown;
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
];

/** Collects long tasks from the first byte on, before the page's script. */
const OBSERVE_LONG_TASKS = `
window.__longTasks = [];
new PerformanceObserver((l) => {
  for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
}).observe({ type: 'longtask', buffered: true });
`;

/**
 * Opens `file` in a fresh Chromium and measures it and one of its tables.
 *
 * @param file - a page's path on disk (the overview, the accuracy page)
 * @param table - the id of the table acted on ('action-table')
 * @param columns - the table's header texts to click, in turn
 * @returns the figures
 * @example
 * await measureOverview('/tmp/index.html', 'action-table', ['Utilization']);
 */
export async function measureOverview(
  file: string,
  table: string,
  columns: readonly string[],
): Promise<OverviewFigures> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: FLAGS,
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
    });
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(`file://${file}`, { waitUntil: 'load', timeout: 300e3 });
    const opened = await openTimes(page);
    const sorts = [];
    for (const c of columns) sorts.push(await sortTime(page, table, c));
    const filterWorstKey = await filterTime(page, table);
    const scroll = await scrollTimes(page, table);
    const memory = await memoryOf(browser, page, table);
    const allShown = await allShownTimes(page, table, columns[0]!);
    return { ...opened, sorts, filterWorstKey, ...scroll, ...memory, allShown };
  } finally {
    await browser.close();
  }
}

/** DOMContentLoaded, load, and the end of the last long task after it. */
async function openTimes(page: Page) {
  // Quiet for two seconds: the page has done what it does on opening.
  let seen = -1;
  for (;;) {
    await page.waitForTimeout(2000);
    const n: number = await page.evaluate('window.__longTasks.length');
    if (n === seen) break;
    seen = n;
  }
  return page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const last = Math.max(0, ...window.__longTasks.map(([s, d]) => s + d));
    return {
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      usable: Math.max(nav.domContentLoadedEventEnd, last),
    };
  })()`) as Promise<{
    domContentLoaded: number;
    load: number;
    usable: number;
  }>;
}

/** The page's JS heap after a collection, its renderer's RSS, its nodes. */
async function memoryOf(browser: Browser, page: Page, table: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const nodes = metrics.find((m) => m.name === 'Nodes')?.value ?? 0;
  const info = await (await browser.newBrowserCDPSession()).send(
    'SystemInfo.getProcessInfo',
  );
  // The page's renderer is the largest; the others are spares.
  let rss = 0;
  for (const p of info.processInfo.filter((x) => x.type === 'renderer')) {
    const status = await readFile(`/proc/${p.id}/status`, 'utf8');
    const mb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    rss = Math.max(rss, mb);
  }
  const rows: number = await page.evaluate(
    `document.querySelectorAll('#${table} tbody tr').length`,
  );
  return {
    jsHeapMb: heap.usedSize / 2 ** 20,
    rendererRssMb: rss,
    domNodes: nodes,
    rowsInDom: rows,
  };
}
