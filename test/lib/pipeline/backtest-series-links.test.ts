import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backtestKeys } from '#lib/pipeline/backtest-files';
import { readBacktestSeries } from '#lib/pipeline/backtest-series';
import { backtestSeriesSql } from '#lib/sql/backtest-input';
import { makeTempDir, openTestEngine, removeDir } from '../../helpers/lake.ts';
import { groupRows, writeSeriesDaily } from '../../helpers/series-daily.ts';
import { ID, shown } from './backtest-series-fixture.ts';

describe("the backtest plan's unload and readBacktestSeries", () => {
  it("places each link's rows in its group's batch, as inventory_links groups it, and leaves out links it lacks", async () => {
    // Prepare: 'a-1' of acme/2 and 'z-1' of Zeta/1 sort apart from their
    // groups; 'gone' is not in the inventory
    const linkDir = await makeTempDir('backtest-series-links');
    const link = (key: string) =>
      groupRows(key, '2026-01-01', 2, 10e9, () => 1e9).map((r) => ({
        ...r,
        level: 'link' as const,
        samples: 287,
      }));
    await writeSeriesDaily(join(linkDir, 'lake'), [
      ...groupRows('Zeta/1', '2026-01-01', 2, 10e9, () => 2e9),
      ...groupRows('acme/2', '2026-01-01', 2, 10e9, () => 2e9),
      ...link('a-1'),
      ...link('z-1'),
      ...link('gone'),
    ]);
    const engine = await openTestEngine(linkDir);
    const target = backtestKeys(ID).series;
    try {
      await engine.writeInventory([
        { linkId: 'z-1', isp: 'Zeta', group: 'Zeta/1', capacityBps: 10e9 },
        { linkId: 'a-1', isp: 'acme', group: 'acme/2', capacityBps: 10e9 },
      ]);
      const batches = [
        { batch: 'b0001', firstGroup: 'Zeta/1' },
        { batch: 'b0002', firstGroup: 'acme/2' },
      ];

      // Act
      await engine.unload(
        backtestSeriesSql({ from: '2026-01-01', to: '2026-01-03' }, batches),
        target,
      );
      const plan = {
        backtestId: ID,
        unloaded: await engine.describeUnloaded(target),
      };
      const read = async (batch: string) =>
        (await readBacktestSeries(engine, plan, batch, '2026-01-01')).map(
          shown,
        );

      // Assess: by level (links first), each link with its samples
      expect(await read('b0001')).toEqual([
        'link z-1 2026-01-01 [1,1] 2 287,287',
        'group Zeta/1 2026-01-01 [2,2] 2 -',
      ]);
      expect(await read('b0002')).toEqual([
        'link a-1 2026-01-01 [1,1] 2 287,287',
        'group acme/2 2026-01-01 [2,2] 2 -',
      ]);
    } finally {
      await engine.close();
      await removeDir(linkDir);
    }
  });
});
