import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { sortedAsPage as sorted } from '../../helpers/page-sort-order.ts';
import { useLongOverview } from '../../helpers/use-long-overview.ts';

/** About 470 groups needing action, 260 ISPs. */
const { action: ACTION, page, open, count, column } = useLongOverview(260, 3);

describe('a long table in Chromium (470 groups needing action, 260 ISPs)', () => {
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
});
