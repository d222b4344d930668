import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKTEST_FLAGS } from '#lib/cli/backtest';
import type { BacktestResult } from '#lib/domain/backtest';
import { backtestKeys } from '#lib/pipeline/backtest-files';
import { mergeBacktest } from '#lib/pipeline/merge-backtest';
import {
  BACKTEST_EVENT_NAMES,
  planBacktestBatches,
} from '#lib/pipeline/plan-backtest-batches';
import { replayBacktestBatch } from '#lib/pipeline/replay-backtest-batch';
import { runBacktest } from '#lib/pipeline/run-backtest';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import {
  FLEET_RANGE,
  splitDeps,
  writeFleetLake,
} from './split-backtest-fixture.ts';

const ID = 'backtest-00112233aabbccdd';
const RANGE = FLEET_RANGE;
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('split-backtest');
  await writeFleetLake(join(dir, 'fleet'));
}, 60_000);
afterAll(() => removeDir(dir));

const depsOn = (lake: string) => splitDeps(dir, lake);

const decode = (bytes: Uint8Array | undefined) =>
  JSON.parse(new TextDecoder().decode(bytes));

describe('the backtest split into batches (plan, batches, merge)', () => {
  it('writes what headroom backtest writes, whatever order the batches run in', async () => {
    // Prepare
    const deps = await depsOn('fleet');
    try {
      const whole = await runBacktest(deps, RANGE, BACKTEST_FLAGS);
      const unload = vi.spyOn(deps.engine, 'unload');
      const query = vi.spyOn(deps.engine, 'query');
      // Act
      const planned = await planBacktestBatches(
        deps,
        { backtestId: ID, given: RANGE, batchGroups: 1 },
        BACKTEST_EVENT_NAMES,
      );
      const planQueries = query.mock.calls.length;
      const keys = backtestKeys(ID);
      const list = decode(await deps.reports.get(keys.batchList));
      for (const { batch } of [...list].reverse()) {
        await replayBacktestBatch(deps, { backtestId: ID, batch });
      }
      const merged = await mergeBacktest(deps, { backtestId: ID });
      // Assess
      const batches = ['b0001', 'b0002', 'b0003', 'b0004'];
      expect(planned).toEqual({
        kind: 'backtest-batches',
        backtestId: ID,
        batches,
        batchListKey: `runs/${ID}/batches.json`,
      });
      expect(list).toEqual(batches.map((batch) => ({ batch })));
      const first = decode(await deps.reports.get(keys.inventory('b0001')));
      expect(first.links.map((l: { linkId: string }) => l.linkId)).toEqual([
        'a2',
      ]);
      // One scan of series_daily for every batch; the batches query nothing.
      expect(unload).toHaveBeenCalledTimes(1);
      expect(unload.mock.calls[0]![1]).toEqual(keys.series);
      expect(query.mock.calls.length).toBe(planQueries);
      if (whole.kind !== 'headroom-backtest') throw new Error(whole.reason);
      const { generatedAt: _g, seconds: _s, ...expected } = whole;
      const { generatedAt, seconds, ...result } = merged;
      expect(result).toEqual(expected);
      expect(result.totals.truePositives).toBeGreaterThan(0);
      expect(result.groupsWithoutData).toEqual(['Carma/PAR1/pni']);
      expect(generatedAt).toBe('2026-06-01T06:00:00.000Z');
      const written: BacktestResult = decode(
        await deps.reports.get('state/backtest.json'),
      );
      expect(written).toEqual(JSON.parse(JSON.stringify(merged)));
    } finally {
      await deps.engine.close();
    }
  });

  it('fails the merge, naming the file, when a batch never ran, and writes nothing', async () => {
    // Prepare
    const deps = await depsOn('fleet');
    const id = 'backtest-0000000000000002';
    try {
      await planBacktestBatches(
        deps,
        { backtestId: id, given: RANGE, batchGroups: 1 },
        BACKTEST_EVENT_NAMES,
      );
      await deps.reports.delete(['state/backtest.json']);
      await replayBacktestBatch(deps, { backtestId: id, batch: 'b0001' });
      await replayBacktestBatch(deps, { backtestId: id, batch: 'b0003' });
      await replayBacktestBatch(deps, { backtestId: id, batch: 'b0004' });
      // Act
      const act = mergeBacktest(deps, { backtestId: id });
      // Assess
      await expect(act).rejects.toThrow(
        `runs/${id}/batches/b0002/result.json is missing`,
      );
      expect(await deps.reports.get('state/backtest.json')).toBeUndefined();
    } finally {
      await deps.engine.close();
    }
  });

  it("fails a batch whose plan is another backtest's, naming the file", async () => {
    // Prepare
    const deps = await depsOn('fleet');
    const id = 'backtest-0000000000000003';
    try {
      await planBacktestBatches(
        deps,
        { backtestId: id, given: RANGE },
        BACKTEST_EVENT_NAMES,
      );
      const keys = backtestKeys(id);
      const plan = decode(await deps.reports.get(keys.plan));
      await deps.reports.put(
        keys.plan,
        JSON.stringify({ ...plan, backtestId: ID }),
      );
      // Act
      const act = replayBacktestBatch(deps, { backtestId: id, batch: 'b0001' });
      // Assess
      await expect(act).rejects.toThrow(
        `runs/${id}/backtest-plan.json is backtest ${ID}'s plan, not ${id}'s`,
      );
    } finally {
      await deps.engine.close();
    }
  });
});
