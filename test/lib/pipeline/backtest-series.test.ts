import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InventoryLink } from '#lib/domain/inventory';
import { backtestKeys } from '#lib/pipeline/backtest-files';
import { readBacktestSeries } from '#lib/pipeline/backtest-series';
import { batchByGroup } from '#lib/pipeline/batch-by-group';
import { backtestSeriesSql } from '#lib/sql/backtest-input';
import { makeTempDir, openTestEngine, removeDir } from '../../helpers/lake.ts';
import { groupRows, writeSeriesDaily } from '../../helpers/series-daily.ts';
import { ID, shown } from './backtest-series-fixture.ts';

/** Keys whose order differs between UTF-16 units and code points. */
const GROUPS = ['Zeta/1', 'acme/1', 'acme/2', '\u{1F600}/1', '\uFF21/1'];
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('backtest-series');
  const rows = GROUPS.flatMap((key, i) =>
    groupRows(key, '2026-01-01', 3, 100e9, () => (i + 1) * 1e9),
  );
  // A day without samples and a day outside the window: both left out.
  rows.push({ ...rows[0]!, dt: '2025-12-31', samples: 288 });
  rows[1] = { ...rows[1]!, samples: 0 };
  await writeSeriesDaily(join(dir, 'lake'), rows);
});
afterAll(() => removeDir(dir));

describe("the backtest plan's unload and readBacktestSeries", () => {
  it('gives each batch exactly the rows of its groups, cut by code point as batchByGroup cuts them', async () => {
    // Prepare
    const links = GROUPS.map(
      (group) => ({ linkId: group, isp: 'x', group }) as InventoryLink,
    );
    const batches = batchByGroup(links, 2, 100).map((b, i) => ({
      batch: `b000${i + 1}`,
      firstGroup: b.firstGroup,
      groups: [...new Set(b.links.map((l) => l.group))],
    }));
    const engine = await openTestEngine(dir);
    try {
      // Act
      await engine.unload(
        backtestSeriesSql({ from: '2026-01-01', to: '2026-01-04' }, batches),
        backtestKeys(ID).series,
      );
      const plan = {
        backtestId: ID,
        unloaded: await engine.describeUnloaded(backtestKeys(ID).series),
      };
      const read = await Promise.all(
        batches.map((b) =>
          readBacktestSeries(engine, plan, b.batch, '2026-01-01'),
        ),
      );

      // Assess
      expect(batches.map((b) => b.groups)).toEqual([
        ['Zeta/1', 'acme/1'],
        ['acme/2', '\uFF21/1'],
        ['\u{1F600}/1'],
      ]);
      for (const [i, series] of read.entries()) {
        expect(series.map((s) => s.history.key)).toEqual(batches[i]!.groups);
      }
      // Zeta/1's day without samples is not in the unload: a gap
      expect(read[0]!.map(shown)).toEqual([
        'group Zeta/1 2026-01-01 [1,NaN,1] 2 -',
        'group acme/1 2026-01-01 [2,2,2] 3 -',
      ]);
      expect(read[2]![0]!.history.capacity).toEqual([100e9, 100e9, 100e9]);
    } finally {
      await engine.close();
    }
  });

  it('fails a batch, naming its folder, whose files are gone or changed since the plan, and reads a batch the plan wrote nothing for as empty', async () => {
    // Prepare
    const engine = await openTestEngine(dir);
    const target = backtestKeys(ID).series;
    const batches = [
      { batch: 'b0001', firstGroup: 'Zeta/1' },
      { batch: 'b0002', firstGroup: 'acme/2' },
    ];
    try {
      await engine.unload(
        backtestSeriesSql({ from: '2026-01-01', to: '2026-01-04' }, batches),
        target,
      );
      const plan = {
        backtestId: ID,
        unloaded: await engine.describeUnloaded(target),
      };
      const folder = join(dir, 'lake', target.prefix, 'batch=b0002');
      const [file] = await readdir(folder);
      await rm(join(folder, file!));
      // Act
      const read = (batch: string, unloaded = plan.unloaded) =>
        readBacktestSeries(engine, { ...plan, unloaded }, batch, '2026-01-01');
      // Assess
      expect(plan.unloaded.map((p) => [p.value, p.files])).toEqual([
        ['b0001', 1],
        ['b0002', 1],
      ]);
      await expect(read('b0002')).rejects.toThrow(
        `batch b0002's rows (runs/${ID}/series/batch=b0002/ in the lake) are 0 files of 0 bytes where the plan wrote 1 of ${plan.unloaded[1]!.bytes}: they expired, were removed or were replaced after the plan; start the backtest again`,
      );
      const changed = [{ ...plan.unloaded[0]!, bytes: 1 }];
      await expect(read('b0001', changed)).rejects.toThrow(
        /where the plan wrote 1 of 1:/,
      );
      expect(await read('b0003')).toEqual([]);
    } finally {
      await engine.close();
    }
  });
});
