import { afterAll, beforeAll, expect } from 'vitest';
import type { ReportFile, ReportInput } from '#lib/report/report-input';
import { openReportBrowser, type ReportBrowser } from './report-browser.ts';

/**
 * The fixture report (or another input) open in Chromium for the calling
 * file's tests, closed after them. On closing it checks that the pages
 * the file visited loaded nothing from the network and logged no errors.
 *
 * @param input - the report input, the fixture's by default
 * @param render - renders the files, the whole report by default
 * @returns getters of the browser, its report folder and its page
 * @example
 * const { dir, page } = useReportBrowser();
 * // in a test: await page().goto(`file://${join(dir(), 'index.html')}`);
 */
export function useReportBrowser(
  input?: ReportInput,
  render?: (input: ReportInput) => Promise<ReportFile[]>,
) {
  let browser: ReportBrowser;
  beforeAll(async () => {
    browser = await openReportBrowser(input, render);
  });
  afterAll(async () => {
    await browser?.close();
    expect(browser.requests.filter((u) => !u.startsWith('file://'))).toEqual(
      [],
    );
    expect(browser.problems).toEqual([]);
  });
  return {
    browser: () => browser,
    dir: () => browser.dir,
    page: () => browser.page,
  };
}
