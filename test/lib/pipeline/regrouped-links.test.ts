import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import type { InventoryLink } from '#lib/domain/inventory';
import { backtestKeys } from '#lib/pipeline/backtest-files';
import { readBacktestSeries } from '#lib/pipeline/backtest-series';
import {
  REGROUPED_BYTES_MAX,
  regroupedLinks,
} from '#lib/pipeline/regrouped-links';
import { backtestSeriesSql } from '#lib/sql/backtest-input';
import { makeTempDir, openTestEngine, removeDir } from '../../helpers/lake.ts';
import { recordingLog } from '../../helpers/recording-log.ts';
import { groupRows, writeSeriesDaily } from '../../helpers/series-daily.ts';

const ID = 'backtest-0123456789abcdef';
const link = (linkId: string, group: string) =>
  ({ linkId, isp: group.split('/')[0]!, group }) as InventoryLink;
/** links.csv: z-2 moved from Zeta/1 to acme/2, a-2 added, since the rollup. */
const LINKS = [
  link('z-1', 'Zeta/1'),
  link('z-2', 'acme/2'),
  link('a-1', 'acme/2'),
  link('a-2', 'acme/2'),
];
let dir: string;
let engine: DuckDbQueryEngine;

beforeAll(async () => {
  dir = await makeTempDir('regrouped-links');
  const linkRows = (key: string) =>
    groupRows(key, '2026-01-01', 2, 10e9, () => 1e9).map((r) => ({
      ...r,
      level: 'link' as const,
    }));
  await writeSeriesDaily(join(dir, 'lake'), [
    ...groupRows('Zeta/1', '2026-01-01', 2, 20e9, () => 2e9),
    ...groupRows('acme/2', '2026-01-01', 2, 20e9, () => 2e9),
    ...['z-1', 'z-2', 'a-1', 'a-2'].flatMap(linkRows),
  ]);
  engine = await openTestEngine(dir);
  // The last rollup's grouping
  await engine.writeInventory(
    [link('z-1', 'Zeta/1'), link('z-2', 'Zeta/1'), link('a-1', 'acme/2')].map(
      (l) => ({ ...l, capacityBps: 10e9 }),
    ),
  );
});
afterAll(async () => {
  await engine.close();
  await removeDir(dir);
});

describe('regroupedLinks', () => {
  it("places a link moved or added since the last rollup in its links.csv group's batch, as the run places it", async () => {
    // Prepare
    const { log, messages } = recordingLog();
    const batches = [
      { batch: 'b0001', firstGroup: 'Zeta/1' },
      { batch: 'b0002', firstGroup: 'acme/2' },
    ];
    const target = backtestKeys(ID).series;

    // Act
    const regrouped = await regroupedLinks({ engine, log }, LINKS);
    await engine.unload(
      backtestSeriesSql({ from: '2026-01-01', to: '2026-01-03' }, batches, [
        ...regrouped,
      ]),
      target,
    );
    const plan = {
      backtestId: ID,
      unloaded: await engine.describeUnloaded(target),
    };
    const keys = async (batch: string) =>
      (await readBacktestSeries(engine, plan, batch, '2026-01-01')).map(
        (s) => `${s.history.level} ${s.history.key}`,
      );

    // Assess: z-2 in acme/2's batch, no longer in Zeta/1's
    expect(regrouped).toEqual([
      { linkId: 'z-2', group: 'acme/2' },
      { linkId: 'a-2', group: 'acme/2' },
    ]);
    expect(await keys('b0001')).toEqual(['link z-1', 'group Zeta/1']);
    expect(await keys('b0002')).toEqual([
      'link a-1',
      'link a-2',
      'link z-2',
      'group acme/2',
    ]);
    expect(messages).toEqual([]);
  });

  it('names no more links than a query holds, and warns of the rest', async () => {
    // Prepare: links.csv's links none of which the last rollup grouped
    const { log, lines } = recordingLog();
    const many = Array.from({ length: 5_000 }, (_, i) =>
      link(`new-${String(i).padStart(4, '0')}`, 'acme/9'),
    );

    // Act
    const regrouped = await regroupedLinks({ engine, log }, many);

    // Assess: each named costs its id, its group and 10 bytes of SQL
    const named = Math.floor(REGROUPED_BYTES_MAX / (8 + 6 + 10));
    expect(regrouped).toHaveLength(named);
    expect(regrouped.at(-1)).toEqual({
      linkId: `new-${String(named - 1).padStart(4, '0')}`,
      group: 'acme/9',
    });
    expect(lines).toEqual([
      {
        message: expect.stringMatching(
          /^links grouped otherwise in links.csv than by the lake's last rollup, more than the backtest names: their bundles are replayed without leaving out/,
        ),
        data: { links: 5_000, named },
      },
    ]);
  });
});
