import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inventory } from '#lib/domain/inventory';
import {
  type BacktestPlanFile,
  backtestKeys,
} from '#lib/pipeline/backtest-files';
import { readBacktestSeries } from '#lib/pipeline/backtest-series';
import {
  BACKTEST_EVENT_NAMES,
  planBacktestBatches,
} from '#lib/pipeline/plan-backtest-batches';
import {
  makeTempDir,
  openTestEngine,
  removeDir,
  writeLinksCsv,
} from '../../helpers/lake.ts';
import { recordingLog } from '../../helpers/recording-log.ts';
import { groupRows, writeSeriesDaily } from '../../helpers/series-daily.ts';
import { CAPACITY, splitDeps } from './split-backtest-fixture.ts';

const ID = 'backtest-0000000000030000';
const GROUPS = 30_000;
/** ISP names whose code points sort otherwise in UTF-16 (U+FF21, U+1F600). */
const PREFIXES = ['a', 'B', 'é', '\uFF21', '\u{1F600}'];
const START = '2025-01-01';
let dir: string;

const links = Array.from({ length: GROUPS }, (_, i) => ({
  linkId: `l${i}`,
  isp: `${PREFIXES[i % PREFIXES.length]}${i % 300}`,
  site: `S${i}`,
  linkType: 'pni',
  capacityBps: CAPACITY,
}));
const groupOf = (l: (typeof links)[number]) => `${l.isp}/${l.site}/pni`;

beforeAll(async () => {
  dir = await makeTempDir('plan-backtest-fleet');
  await writeLinksCsv(join(dir, 'fleet/inventory'), links);
  // 200 days of partitions, enough to judge one as-of date: every group
  // has a row on day 100, one group on the first and last day.
  const one = (day: number) =>
    groupRows(groupOf(links[0]!), START, 200, CAPACITY, () => 30e9)[day]!;
  const mid = one(100);
  await writeSeriesDaily(join(dir, 'fleet/lake'), [
    one(0),
    ...links.map((l) => ({ ...mid, key: groupOf(l) })),
    one(199),
  ]);
  // The links grouped as the rollup that wrote those rows grouped them.
  const engine = await openTestEngine(join(dir, 'fleet'));
  await engine.writeInventory(links.map((l) => ({ ...l, group: groupOf(l) })));
  await engine.close();
}, 120_000);
afterAll(() => removeDir(dir));

const decode = <T>(bytes: Uint8Array | undefined): T =>
  JSON.parse(new TextDecoder().decode(bytes));

/** The fleet's deps, with the warnings they log. */
async function fleetDeps() {
  const { log, messages: warned } = recordingLog();
  return { deps: await splitDeps(dir, 'fleet', log), warned };
}

describe('the backtest plan of a fleet past 20,000 groups', () => {
  it('cuts 30,000 groups into the 100 batches of 300 one UNLOAD can write, each batch reading exactly its own groups', async () => {
    // Prepare
    const { deps, warned } = await fleetDeps();
    try {
      // Act
      const planned = await planBacktestBatches(
        deps,
        { backtestId: ID, given: {} },
        BACKTEST_EVENT_NAMES,
      );
      // Assess
      if (planned.kind !== 'backtest-batches') throw new Error(planned.reason);
      expect(planned.batches).toHaveLength(100);
      expect(planned.batches.at(-1)).toBe('b0100');
      const keys = backtestKeys(ID);
      const plan = decode<BacktestPlanFile>(await deps.reports.get(keys.plan));
      expect(plan.unloaded.map((p) => p.value)).toEqual(planned.batches);
      const seen = new Map<string, string>();
      for (const batch of planned.batches) {
        const part = decode<Inventory>(
          await deps.reports.get(keys.inventory(batch)),
        );
        const groups = part.links.map((l) => l.group);
        expect(groups).toHaveLength(300);
        const series = await readBacktestSeries(
          deps.engine,
          plan,
          batch,
          plan.head.asOfDates[0]!,
        );
        const read = new Set(series.map((s) => s.history.key));
        expect([...read].sort()).toEqual([...groups].sort());
        for (const group of groups) {
          expect(seen.get(group), group).toBeUndefined();
          seen.set(group, batch);
        }
      }
      expect(seen.size).toBe(GROUPS);
      expect(warned).toEqual([]);
    } finally {
      await deps.engine.close();
    }
  }, 120_000);

  it('warns when its batches hold more groups than were measured to fit the batch Lambda', async () => {
    // Prepare
    const { deps, warned } = await fleetDeps();
    try {
      // Act
      const planned = await planBacktestBatches(
        deps,
        { backtestId: ID, given: {}, batchGroups: 1_500 },
        BACKTEST_EVENT_NAMES,
      );
      // Assess
      if (planned.kind !== 'backtest-batches') throw new Error(planned.reason);
      expect(planned.batches).toHaveLength(20);
      expect(warned).toEqual([
        expect.stringContaining(
          'backtest batches larger than measured to fit the batch Lambda: give it more memory',
        ),
      ]);
    } finally {
      await deps.engine.close();
    }
  }, 120_000);
});
