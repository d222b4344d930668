import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useLongOverview } from '../../helpers/use-long-overview.ts';

/** About 470 groups needing action, 260 ISPs. */
const { action: ACTION, page, dir, open } = useLongOverview(260, 3);

describe('a long table in Chromium (470 groups needing action, 260 ISPs)', () => {
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
