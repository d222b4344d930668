import { describe, expect, it } from 'vitest';
import { useLongOverview } from '../../helpers/use-long-overview.ts';

/** About 470 groups needing action, 260 ISPs. */
const { action: ACTION, page, open, count, column } = useLongOverview(260, 3);

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
});
