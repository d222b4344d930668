import { describe, expect, it } from 'vitest';
import { TABLE, useShowAllTable } from '../../helpers/use-show-all-table.ts';

const { action: ACTION, page, showAll } = useShowAllTable();

describe(`'Show all' under a table of ${ACTION.length} rows in Chromium`, () => {
  it('moves the keyboard through rows beyond those first drawn', async () => {
    // Prepare
    await showAll();
    const row = () =>
      page().evaluate(
        `document.activeElement.closest('#action-table tr')?.getAttribute('aria-rowindex')`,
      );
    const first = Number(await row());
    // Act: two links a row.
    for (let i = 0; i < 160; i += 1) await page().keyboard.press('Tab');
    const after = Number(await row());
    // Assess
    expect(first).toBe(202);
    expect(after).toBe(first + 80);
  });

  it('prints the rows drawn without the blank space that stands for the others', async () => {
    // Prepare
    await showAll();
    // Act
    await page().emulateMedia({ media: 'print' });
    const spacers = await page().$$eval(`${TABLE} tr[aria-hidden]`, (trs) =>
      trs.map((tr) => tr.getBoundingClientRect().height),
    );
    await page().emulateMedia({ media: 'screen' });
    // Assess
    expect(spacers).toEqual([0, 0]);
    expect(await page().isVisible('[data-more="action-table"]')).toBe(true);
  });
});
