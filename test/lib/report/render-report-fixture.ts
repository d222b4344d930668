import { beforeAll } from 'vitest';
import { renderReport } from '#lib/report/render-report';
import type { ReportFile } from '#lib/report/report-input';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { htmlText } from '../../helpers/html-text.ts';

/** The fixture's report under a scenario (set in `beforeAll`). */
export let files: ReportFile[];
/** Registers the hook that renders `files` once for the test file. */
export function useRenderedReport(): void {
  beforeAll(async () => {
    files = await renderReport(
      fixtureInput({
        scenario: {
          name: 'Lost LHR1',
          description: 'What if Lost LHR1: site LHR1 down from 2026-12-01.',
        },
      }),
    );
  });
}

/** The body of one of `files`. */
export const body = (path: string) => files.find((f) => f.path === path)!.body;
/** HTML as text: tags become spaces, runs of space one space. */
export const text = (html: string) =>
  html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const rowsHtml = (html: string, id: string) => {
  const table = html.split(`id="${id}"`)[1]!.split('</table>')[0]!;
  return table.split('<tbody>')[1]!.split('</tr>').slice(0, -1);
};
/** The body rows of table `id`, as text. */
export const tableRows = (html: string, id: string) =>
  rowsHtml(html, id).map(text);
/** The body rows of table `id`, as lists of cell texts. */
export const tableCells = (html: string, id: string) =>
  rowsHtml(html, id).map((r) =>
    r
      .split(/<\/t[hd]>/)
      .slice(0, -1)
      .map((c) => text(c).trim()),
  );
/** What an ISP page says a group needs (its `need` paragraph), as read. */
export const needOf = (html: string, group: string) =>
  htmlText(
    html
      .split(`>${group} <span class="sev`)[1]!
      .match(/<p class="need">(.*?)<\/p>/)![1]!,
  );
