import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import { backtestStage } from '#lib/pipeline/backtest-stage';
import {
  makeTempDir,
  openTestEngine,
  removeDir,
  writeLinksCsv,
} from '../../helpers/lake.ts';
import { groupRows, writeSeriesDaily } from '../../helpers/series-daily.ts';

/** 40 days of one PNI group, 2026-10-17 to 2026-11-25. */
const YOUNG_START = '2026-10-17';
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('backtest-stage');
  for (const lake of ['empty', 'young']) {
    await writeLinksCsv(join(dir, lake, 'inventory'), [
      {
        linkId: 'l1',
        isp: 'Acme',
        site: 'LHR1',
        linkType: 'pni',
        capacityBps: 100e9,
      },
    ]);
  }
  await writeSeriesDaily(
    join(dir, 'young', 'lake'),
    groupRows('Acme/LHR1/pni', YOUNG_START, 40, 100e9, () => 30e9),
  );
}, 60_000);
afterAll(() => removeDir(dir));

/** The stage on one of the lakes: its result, warnings and what it wrote. */
async function stageOn(lake: 'empty' | 'young', given: object) {
  const engine = await openTestEngine(join(dir, lake));
  const warnings: unknown[] = [];
  const reports = new FsObjectStore(join(dir, lake, 'reports'));
  try {
    const run = backtestStage(
      {
        engine,
        inventory: new FsObjectStore(join(dir, lake, 'inventory')),
        config: DEFAULT_CONFIG,
        log: {
          info() {},
          warn: (message, data) => warnings.push({ message, ...data }),
          error() {},
        },
        clock: { now: () => new Date('2026-12-02T07:15:00Z') },
        reports,
      },
      given,
    );
    const result = await run.catch((error: Error) => error);
    return {
      result,
      warnings,
      written: await reports.get('state/backtest.json'),
    };
  } finally {
    await engine.close();
  }
}

const YOUNG =
  'series_daily holds 40 days (2026-10-17 to 2026-11-25), too few to ' +
  'judge a decision: an as-of date needs 28 days of history before it ' +
  'and 126 after it (the longest lead time 90 + the warning window 30 + ' +
  '6 days confirming a crossing), 155 days in all';

describe('backtestStage on a new lake', () => {
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
    'skips a range left out on the %s lake (%j) with a warning, and writes nothing',
    async (lake, given, reason) => {
      // Act
      const { result, warnings, written } = await stageOn(lake, given);

      // Assess
      expect(result).toEqual({ kind: 'backtest-skipped', reason });
      expect(warnings).toEqual([{ message: 'backtest skipped', reason }]);
      expect(written).toBeUndefined();
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
    'keeps the error for a given range on the %s lake (%j)',
    async (lake, given, message) => {
      // Act
      const { result, warnings, written } = await stageOn(lake, given);

      // Assess
      expect(result).toBeInstanceOf(Error);
      expect((result as Error).message).toContain(message);
      expect(warnings).toEqual([]);
      expect(written).toBeUndefined();
    },
  );
});
