import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { rankGroups } from '#lib/report/rank';
import { renderIndex } from '#lib/report/render-index';
import { longInput } from '../../fixtures/report/long-input.ts';
import { sortedAsPage as sorted } from '../../helpers/page-sort-order.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

/** About 470 groups needing action, 260 ISPs. */
const input = longInput(260, 3);
const ACTION = rankGroups(input.evaluations);
const { page, dir } = useReportBrowser(input, async (i) => [
  { path: 'index.html', body: renderIndex(i), contentType: 'text/html' },
]);
const open = () => page().goto(`file://${join(dir(), 'index.html')}`);
const count = () =>
  page().textContent('.tools:has([data-filter="action-table"]) output');
/** The action table's rows in the DOM: a column's `data-v`, or text. */
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

describe('a long table in Chromium (470 groups needing action, 260 ISPs)', () => {
  it('shows its first 200 rows, most urgent first, says how many there are, and shows more on request', async () => {
    // Prepare
    await open();
    const first = await column(1);
    const note = await page().textContent('[data-more="action-table"]');
    // Act
    await page().click('[data-more="action-table"] button[data-show="200"]');
    const more = [(await column(1)).length, await count()];
    await page().click('[data-more="action-table"] button[data-show="all"]');
    const all = [(await column(1)).length, await count()];
    const focus = await page().$eval('#action-table', (t) => {
      const row = t.ownerDocument.activeElement?.closest('tr');
      return [...t.querySelectorAll('tbody tr')].indexOf(row!);
    });
    // Assess
    expect(ACTION.length).toBeGreaterThan(400);
    expect(first).toEqual(ACTION.slice(0, 200).map((e) => e.orderByDate ?? ''));
    expect(note).toContain(`The first 200 of ${ACTION.length} rows`);
    expect(more).toEqual([400, `400 of ${ACTION.length} shown`]);
    expect(all).toEqual([ACTION.length, `${ACTION.length} shown`]);
    expect(await page().isHidden('[data-more="action-table"]')).toBe(true);
    expect(focus).toBe(400);
  });

  it.each([
    ['Order by', 2, (e: Evaluation) => e.orderByDate ?? '', true],
    ['Utilization', 5, (e: Evaluation) => String(e.utilization), false],
  ])(
    'sorts every row by %s, not only those shown, blanks last both ways',
    async (_, nth, key, blanks) => {
      // Prepare
      await open();
      const keys = ACTION.map(key);
      const header = `#action-table th:nth-child(${nth}) button`;
      // Act
      await page().click(header);
      const up = await column(nth - 1);
      await page().click(header);
      await page().click('[data-more="action-table"] button[data-show="all"]');
      const down = await column(nth - 1);
      // Assess
      expect(up).toEqual(sorted(keys, true).slice(0, 200));
      expect(down).toEqual(sorted(keys, false));
      expect(keys.includes('')).toBe(blanks);
    },
  );

  it('sorts by a column without sort values on its text, as a short table does', async () => {
    // Prepare
    await open();
    const names = ACTION.map((e) => e.isp.toLowerCase());
    // Act
    await page().click('#action-table th:nth-child(3) button');
    const isps = await column(2, false);
    // Assess
    expect(isps.map((t) => t.toLowerCase())).toEqual(
      sorted(names, true).slice(0, 200),
    );
  });

  it('filters every row, not only those shown, and counts what matches', async () => {
    // Prepare: an ISP whose bundles all rank below the first 200 rows.
    const early = new Set(ACTION.slice(0, 200).map((e) => e.isp));
    const isp = ACTION.findLast((e) => !early.has(e.isp))!.isp;
    const its = ACTION.filter((e) => e.isp === isp);
    await open();
    // Act
    await page().fill('input[data-filter="action-table"]', isp.toLowerCase());
    const shown = await column(2, false);
    // Assess
    expect(its.length).toBeGreaterThan(0);
    expect(shown).toEqual(its.map((e) => e.isp));
    expect(await count()).toBe(`${its.length} shown`);
  });

  it("keeps a long table's sort and filter through a reload", async () => {
    // Prepare
    await open();
    await page().click('#action-table th:nth-child(5) button');
    await page().fill('input[data-filter="action-table"]', 'fra2');
    const before = await column(4);
    // Act
    await page().reload();
    const after = await column(4);
    // Assess
    expect(page().url()).toContain('action-table-sort=4.asc');
    expect(after).toEqual(before);
    expect(after.length).toBeGreaterThan(0);
  });

  it("holds each row's text and sort keys as the browser reads them from its cells", async () => {
    // Prepare: the data as written (the page drops its text once read).
    const html = await readFile(join(dir(), 'index.html'), 'utf8');
    const data = Object.fromEntries(
      ['action-table', 'isp-table'].map((id) => {
        const script = new RegExp(`id="${id}-rows">(.*?)</script>`, 's');
        return [id, JSON.parse(script.exec(html)![1]!) as string[][]];
      }),
    );
    await open();
    // Act: every row made from the data, set beside what it holds.
    const differences = await page().$eval(
      'body',
      (body, written) =>
        Object.entries(written).flatMap(([id, rows]) => {
          const doc = body.ownerDocument;
          const all = doc.querySelector(
            `[data-more="${id}"] [data-show="all"]`,
          );
          (all as unknown as { click(): void }).click();
          const trs = [...doc.querySelectorAll(`#${id} tbody tr`)];
          return trs.flatMap((tr, r) => {
            const [, text, ...keys] = rows[r]!;
            const read = [...tr.children].map(
              (c) =>
                c.getAttribute('data-v') ?? c.textContent!.trim().toLowerCase(),
            );
            const same =
              text === tr.textContent && keys.join('\n') === read.join('\n');
            return same ? [] : [`${id} row ${r}: ${text} / ${read.join('|')}`];
          });
        }),
      data,
    );
    // Assess
    expect(differences).toEqual([]);
    expect(data['action-table']).toHaveLength(ACTION.length);
  });
});
