import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BACKTEST_EVENT_NAMES,
  planBacktestBatches,
} from '#lib/pipeline/plan-backtest-batches';
import { makeTempDir, removeDir, writeLinksCsv } from '../../helpers/lake.ts';
import { recordingLog } from '../../helpers/recording-log.ts';
import { groupRows, writeSeriesDaily } from '../../helpers/series-daily.ts';
import { CAPACITY, LINKS, splitDeps } from './split-backtest-fixture.ts';

const ID = 'backtest-00112233aabbccdd';
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('split-backtest-new-lake');
  for (const lake of ['empty', 'young']) {
    await writeLinksCsv(join(dir, lake, 'inventory'), LINKS.slice(0, 1));
  }
  await writeSeriesDaily(
    join(dir, 'young/lake'),
    groupRows('Acme/LHR1/pni', '2026-10-17', 40, CAPACITY, () => 30e9),
  );
}, 60_000);
afterAll(() => removeDir(dir));

const YOUNG =
  'series_daily holds 40 days (2026-10-17 to 2026-11-25), too few to ' +
  'judge a decision: an as-of date needs 28 days of history before it ' +
  'and 126 after it (the longest lead time 90 + the warning window 30 + ' +
  '6 days confirming a crossing), 155 days in all';

describe('the split backtest on a new lake', () => {
  /** The plan step on a lake: its result, warnings and what it wrote. */
  async function planOn(lake: 'empty' | 'young', given: object) {
    const { log, lines } = recordingLog();
    const deps = await splitDeps(dir, lake, log);
    try {
      const result = await planBacktestBatches(
        deps,
        { backtestId: ID, given },
        BACKTEST_EVENT_NAMES,
      ).catch((error: Error) => error);
      return {
        result,
        warnings: lines.map(({ message, data }) => ({ message, ...data })),
        written: await deps.reports.list(''),
      };
    } finally {
      await deps.engine.close();
    }
  }

  it.each([
    [
      'empty',
      {},
      'the lake has no rolled-up daily series (series_daily is empty): ' +
        "roll the traffic up first with the daily run's rollup",
    ],
    ['young', {}, YOUNG],
    ['young', { everyDays: 7 }, YOUNG],
  ] as const)(
    'skips a range left out on the %s lake (%j), saying why once (in its result), and writes nothing',
    async (lake, given, reason) => {
      // Act
      const { result, warnings, written } = await planOn(lake, given);
      // Assess
      expect(result).toEqual({ kind: 'backtest-skipped', reason });
      expect(warnings).toEqual([]);
      expect(written).toEqual([]);
    },
  );

  it.each([
    [
      'empty',
      { from: '2026-11-01', to: '2026-11-20' },
      "series_daily is empty): roll the traffic up first with the daily run's rollup",
    ],
    [
      'young',
      { from: '2026-11-14' },
      'from 2026-11-14 is after to 2026-07-22 (the default: the last date ' +
        "judged in full, 126 days before the data's last day",
    ],
  ] as const)(
    'keeps the error for a given range on the %s lake (%j), writing nothing',
    async (lake, given, message) => {
      // Act
      const { result, warnings, written } = await planOn(lake, given);
      // Assess
      expect(result).toBeInstanceOf(Error);
      expect((result as Error).message).toContain(message);
      expect(warnings).toEqual([]);
      expect(written).toEqual([]);
    },
  );
});
