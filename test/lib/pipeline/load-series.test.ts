import { afterEach, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import type { DailyRow } from '#lib/domain/series';
import {
  listDays,
  loadDailyRows,
  toDailySeries,
} from '#lib/pipeline/load-series';
import { makeTempDir, openTestEngine, removeDir } from '../../helpers/lake.ts';
import { replaceDay } from '../../helpers/replace-day.ts';

const ROW: DailyRow = {
  dt: '2026-01-01',
  level: 'link',
  key: 'l1',
  peakBps: 5,
  maxBps: 6,
  meanBps: 3,
  capacityBps: 10,
  samples: 288,
};
const WINDOW = { from: '2026-01-01', to: '2026-01-06' };

describe('toDailySeries', () => {
  it('fills missing days with NaN between the first and last day seen, samples too', () => {
    // Prepare
    const rows = [
      { ...ROW, dt: '2026-01-04', peakBps: 7, capacityBps: 20 },
      { ...ROW, dt: '2026-01-02', samples: 144 },
    ];

    // Act
    const series = toDailySeries(rows, WINDOW);

    // Assess
    expect(series).toEqual([
      {
        level: 'link',
        key: 'l1',
        start: '2026-01-02',
        values: [5, Number.NaN, 7],
        capacity: [10, Number.NaN, 20],
        samples: [144, Number.NaN, 288],
      },
    ]);
  });

  it('orders series by level then key and ignores rows outside the window', () => {
    // Prepare
    const rows = [
      { ...ROW, level: 'isp' as const, key: 'Acme' },
      { ...ROW, level: 'group' as const, key: 'b' },
      { ...ROW, key: 'z' },
      { ...ROW, level: 'group' as const, key: 'a' },
      { ...ROW, key: 'late', dt: '2026-01-06' },
    ];

    // Act
    const series = toDailySeries(rows, WINDOW);

    // Assess
    expect(series.map((s) => `${s.level}:${s.key}`)).toEqual([
      'link:z',
      'group:a',
      'group:b',
      'isp:Acme',
    ]);
  });

  it('returns no series for no rows', () => {
    // Prepare
    const rows: DailyRow[] = [];

    // Act
    const series = toDailySeries(rows, WINDOW);

    // Assess
    expect(series).toEqual([]);
  });
});

describe('listDays', () => {
  it('lists the days of a half-open window across a month end', () => {
    // Prepare
    const range = { from: '2026-01-30', to: '2026-02-02' };

    // Act
    const days = listDays(range);

    // Assess
    expect(days).toEqual(['2026-01-30', '2026-01-31', '2026-02-01']);
  });
});

describe('loadDailyRows', () => {
  let dir: string;
  let engine: DuckDbQueryEngine;
  afterEach(async () => {
    await engine.close();
    await removeDir(dir);
  });

  it('reads typed rows inside the window and skips days with no samples', async () => {
    // Prepare
    dir = await makeTempDir('load-series');
    engine = await openTestEngine(dir);
    const day = (dt: string, key: string, samples: number) =>
      replaceDay(
        engine,
        'series_daily',
        dt,
        `SELECT '${dt}' AS dt, 'link' AS level, '${key}' AS key,
          CAST(5 AS double) AS peak_bps, CAST(6 AS double) AS max_bps,
          CAST(3 AS double) AS mean_bps, CAST(10 AS double) AS capacity_bps,
          CAST(${samples} AS bigint) AS samples`,
      );
    await day('2025-12-31', 'l1', 288);
    await day('2026-01-01', 'l1', 288);
    await day('2026-01-02', 'l1', 0);
    await day('2026-01-06', 'l1', 288);

    // Act
    const rows = await loadDailyRows(engine, WINDOW);

    // Assess
    expect(rows).toEqual([ROW]);
  });
});
