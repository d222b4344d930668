import { join } from 'node:path';
import { rankGroups } from '#lib/report/rank';
import { renderIndex } from '#lib/report/render-index';
import { longInput } from '../fixtures/report/long-input.ts';
import { useReportBrowser } from './use-report-browser.ts';

/**
 * The overview alone (index.html) of `longInput(isps, groupsPerIsp)`,
 * open in Chromium for the calling file's tests (`useReportBrowser`), with
 * the groups its action table ranks and what the tests read from it.
 *
 * @param isps - number of ISPs
 * @param groupsPerIsp - capacity groups per ISP
 * @returns the ranked groups, the page and its folder, `open` (loads the
 *   overview), `count` (the action table's "N shown") and `column` (the
 *   action table's rows' `data-v` of a column, or its text)
 * @example
 * const { action, open, count } = useLongOverview(260, 3);
 */
export function useLongOverview(isps: number, groupsPerIsp: number) {
  const input = longInput(isps, groupsPerIsp);
  const { page, dir } = useReportBrowser(input, async (i) => [
    { path: 'index.html', body: renderIndex(i), contentType: 'text/html' },
  ]);
  const open = () => page().goto(`file://${join(dir(), 'index.html')}`);
  const count = () =>
    page().textContent('.tools:has([data-filter="action-table"]) output');
  const column = (n: number, attr = true) =>
    page().$$eval(
      '#action-table tbody tr',
      (rows, [i, a]) =>
        rows.map((r) => {
          const c = r.children[i as number]!;
          return a ? c.getAttribute('data-v') : c.textContent!.trim();
        }),
      [n, attr] as const,
    );
  return {
    action: rankGroups(input.evaluations),
    page,
    dir,
    open,
    count,
    column,
  };
}
