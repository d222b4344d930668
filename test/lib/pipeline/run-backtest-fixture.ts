import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { BACKTEST_FLAGS } from '#lib/cli/backtest';
import { DEFAULT_CONFIG } from '#lib/config';
import type { BacktestResult } from '#lib/domain/backtest';
import { addDays } from '#lib/domain/dates';
import { runBacktest } from '#lib/pipeline/run-backtest';
import {
  makeTempDir,
  openTestEngine,
  removeDir,
  writeLinksCsv,
} from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/recording-log.ts';
import { groupRows, writeSeriesDaily } from '../../helpers/series-daily.ts';

export const START = '2025-01-01';
export const DAYS = 500;
const CAPACITY = 100e9;
/** Day 400 (a Thursday): the growing group's weekday peak reaches 85 %. */
export const CROSSING = addDays(START, 400);
export const GROWING = 'Acme/LHR1/pni';
export const FLAT = 'Acme/FRA1/pni';
/** Days the predicted critical date (mean forecast) may miss by. */
export const TOLERANCE_DAYS = 7;

const weekend = (day: number) => {
  const weekday = new Date(`${addDays(START, day)}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};
// Deterministic noise on the quieter weekend days only, so that the
// weekday envelope, and with it the crossing date, is exact.
const weekly = (day: number) =>
  weekend(day) ? 0.9 * (1 + 0.02 * Math.sin(day * 12.9898)) : 1;
const growing = (day: number) =>
  CAPACITY * (0.4 + (0.45 * (day + 0.5)) / 400) * weekly(day);
const flat = (day: number) => CAPACITY * 0.3 * weekly(day);

/**
 * Writes 500 days of two groups (one growing through critical on
 * CROSSING, one flat) before the calling file's tests, backtests them at
 * days 200 and 340, and removes the folder after.
 *
 * @returns the backtest's result, once the tests run
 */
export function useBacktest(): () => BacktestResult {
  let dir: string;
  let result: BacktestResult;

  beforeAll(async () => {
    dir = await makeTempDir('backtest');
    result = await backtestLake(dir);
  }, 120_000);
  afterAll(() => removeDir(dir));
  return () => result;
}

/**
 * Day 200: the window (lead 90 + 30 days) ends before the crossing; day
 * 340: the crossing falls 60 days after the as-of date.
 */
export const BACKTEST_RANGE = {
  from: addDays(START, 200),
  to: addDays(START, 340),
  everyDays: 140,
};

/** Writes the two groups' inventory and series under `dir` and backtests them. */
async function backtestLake(dir: string): Promise<BacktestResult> {
  await writeBacktestLake(dir);
  const engine = await openTestEngine(dir);
  try {
    const result = await runBacktest(
      {
        engine,
        inventory: new FsObjectStore(join(dir, 'inventory')),
        config: DEFAULT_CONFIG,
        log: silentLog,
        clock: { now: () => new Date('2026-06-01T06:00:00Z') },
      },
      BACKTEST_RANGE,
      BACKTEST_FLAGS,
    );
    // A given range is never skipped.
    if (result.kind === 'backtest-skipped') throw new Error(result.reason);
    return result;
  } finally {
    await engine.close();
  }
}

/**
 * Writes `dir/inventory/links.csv` (two PNI links of 100 Gbps, one group
 * each) and `dir/lake/series_daily/` (500 days from START: GROWING
 * crosses 85 % on CROSSING, FLAT stays at 30 %).
 *
 * @param dir - the folder
 */
export async function writeBacktestLake(dir: string): Promise<void> {
  await writeLinksCsv(join(dir, 'inventory'), [
    {
      linkId: 'l1',
      isp: 'Acme',
      site: 'LHR1',
      linkType: 'pni',
      capacityBps: CAPACITY,
    },
    {
      linkId: 'f1',
      isp: 'Acme',
      site: 'FRA1',
      linkType: 'pni',
      capacityBps: CAPACITY,
    },
  ]);
  await writeSeriesDaily(join(dir, 'lake'), [
    ...groupRows(GROWING, START, DAYS, CAPACITY, growing),
    ...groupRows(FLAT, START, DAYS, CAPACITY, flat),
  ]);
}
