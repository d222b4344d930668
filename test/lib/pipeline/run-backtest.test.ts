import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import type { BacktestResult } from '#lib/domain/backtest';
import { addDays } from '#lib/domain/dates';
import { batchByIsp } from '#lib/pipeline/batch-by-isp';
import { runBacktest } from '#lib/pipeline/run-backtest';
import {
  makeTempDir,
  openTestEngine,
  removeDir,
  writeLinksCsv,
} from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/rollup-fixture.ts';
import { groupRows, writeSeriesDaily } from '../../helpers/series-daily.ts';

const START = '2025-01-01';
const DAYS = 500;
const CAPACITY = 100e9;
/** Day 400 (a Thursday): the growing group's weekday peak reaches 85 %. */
const CROSSING = addDays(START, 400);
const GROWING = 'Acme/LHR1/pni';
const FLAT = 'Acme/FRA1/pni';
/** Days the predicted critical date (mean forecast) may miss by. */
const TOLERANCE_DAYS = 7;

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

let dir: string;
let result: BacktestResult;

beforeAll(async () => {
  dir = await makeTempDir('backtest');
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
  const engine = await openTestEngine(dir);
  try {
    result = await runBacktest(
      {
        engine,
        inventory: new FsObjectStore(join(dir, 'inventory')),
        config: DEFAULT_CONFIG,
        log: silentLog,
        clock: { now: () => new Date('2026-06-01T06:00:00Z') },
      },
      // Day 200: the window (lead 90 + 30 days) ends before the crossing;
      // day 340: the crossing falls 60 days after the as-of date.
      { from: addDays(START, 200), to: addDays(START, 340), everyDays: 140 },
    );
  } finally {
    await engine.close();
  }
}, 120_000);

afterAll(() => removeDir(dir));

const caseOf = (asOf: string, group: string) =>
  result.cases.find((c) => c.asOf === asOf && c.group === group);

describe('runBacktest', () => {
  it('finds the growing group as a true positive at the right date', () => {
    // Prepare
    const asOf = addDays(START, 340);

    // Act
    const hit = caseOf(asOf, GROWING);

    // Assess
    expect(hit).toMatchObject({
      outcome: 'true-positive',
      orderNow: true,
      actualCrossing: CROSSING,
    });
    expect(Math.abs(hit!.errorDays!)).toBeLessThanOrEqual(TOLERANCE_DAYS);
    expect(hit!.errorDaysUpper!).toBeLessThanOrEqual(0);
  });

  it('raises no alert before the crossing is within reach', () => {
    // Prepare
    const asOf = addDays(START, 200);

    // Act
    const early = caseOf(asOf, GROWING);

    // Assess
    expect(early).toMatchObject({ outcome: 'true-negative', orderNow: false });
    expect(early!.actualCrossing).toBeUndefined();
  });

  it('raises no false positive on the flat group', () => {
    // Prepare
    const flatCases = result.cases.filter((c) => c.group === FLAT);

    // Act
    const outcomes = flatCases.map((c) => c.outcome);

    // Assess
    expect(outcomes).toEqual(['true-negative', 'true-negative']);
  });

  it('scores precision, recall and F1 of 1 with the dates it replayed', () => {
    // Prepare
    const { totals } = result;

    // Act
    const summary = {
      dates: result.asOfDates,
      data: [result.dataFirstDay, result.dataLastDay],
      counts: [totals.truePositives, totals.falsePositives],
      negatives: [totals.falseNegatives, totals.trueNegatives],
      ratios: [totals.precision, totals.recall, totals.f1],
    };

    // Assess
    expect(summary).toEqual({
      dates: ['2025-07-20', '2025-12-07'],
      data: [START, addDays(START, DAYS - 1)],
      counts: [1, 0],
      negatives: [0, 3],
      ratios: [1, 1, 1],
    });
    expect(result.byDate.map((d) => d.cases)).toEqual([2, 2]);
    expect(result.byGroup.map((g) => g.group)).toEqual([FLAT, GROWING]);
  });
});

describe('batchByIsp', () => {
  it('keeps whole ISPs together and starts a batch when one is full', () => {
    // Prepare
    const link = (isp: string, group: string) =>
      ({ isp, group }) as Parameters<typeof batchByIsp>[0][number];
    const links = [
      link('B', 'B/1'),
      link('A', 'A/1'),
      link('A', 'A/2'),
      link('C', 'C/1'),
    ];

    // Act
    const batches = batchByIsp(links, 2);

    // Assess
    expect(batches.map((b) => b.map((l) => l.group))).toEqual([
      ['A/1', 'A/2'],
      ['B/1', 'C/1'],
    ]);
  });
});
