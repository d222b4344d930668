import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import {
  A1,
  DT,
  fixtureDeps,
  p95,
  samples,
} from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';
import { writeParquet } from '../../helpers/write-parquet.ts';

const { dir, lake, engine } = useRollupLake('rollup-first-file');

/** The lake's oldest day, before the fixture's day. */
const OLDEST = '2025-12-31';

/**
 * Writes the oldest day's one sample with a column of another type
 * (`expr` over the contract's columns, `AS` the column), as an older
 * writer left it: the lake's first file, from which DuckDB takes the
 * traffic view's column types.
 */
async function writeOldestWith(expr: string, column: string) {
  const folder = join(lake(), 'traffic', `dt=${OLDEST}`);
  const sample = { linkId: 'a1', outBps: 1e9, capacityBps: 100e9 };
  await writeTrafficDay(
    lake(),
    OLDEST,
    [{ ...sample, ts: `${OLDEST}T00:05:00Z` }],
    'contract.tmp',
  );
  await writeParquet(
    join(folder, 'part-0.parquet'),
    `SELECT * REPLACE (${expr} AS ${column})
     FROM read_parquet('${join(folder, 'contract.tmp')}')`,
  );
  await rm(join(folder, 'contract.tmp'));
}

describe("rollupLake and the lake's first file", () => {
  it.each([
    [
      'ts as text',
      "strftime(ts, '%Y-%m-%d %H:%M:%S')",
      'ts',
      'column ts is VARCHAR, expected a timestamp',
    ],
    [
      'out_bps as BIGINT',
      'CAST(out_bps AS BIGINT)',
      'out_bps',
      'column out_bps is BIGINT, expected a double',
    ],
    ['out_bps as FLOAT', 'CAST(out_bps AS FLOAT)', 'out_bps', undefined],
  ])(
    'rolls the newer days up as written when the oldest file holds %s',
    async (_, expr, column, reason) => {
      // Prepare: one day a batch, newest first, so that the first batch
      // does not check the oldest day; the newer day has a NaN sample
      await writeOldestWith(expr, column);
      const nan = { linkId: 'a1', outBps: Number.NaN, capacityBps: 100e9 };
      await writeTrafficDay(lake(), DT, [
        ...samples('a1', A1, () => 100e9),
        { ...nan, ts: `${DT}T23:57:00Z` },
      ]);
      const config = {
        ...DEFAULT_CONFIG,
        rollup: { ...DEFAULT_CONFIG.rollup, batchDays: 1 },
      };

      // Act
      const summary = await rollupStage(fixtureDeps(engine(), dir(), config), {
        asOf: '2026-01-02',
      });

      // Assess: the run ends; the newer day's doubles are read as
      // written (not cast to the oldest file's type, which failed on the
      // NaN, or rounded them); a file of a type refused is named
      const [a1] = await engine().query(
        `SELECT peak_bps FROM series_daily WHERE key = 'a1' AND dt = '${DT}'`,
      );
      expect(a1?.peak_bps).toBeCloseTo(p95(A1), 6);
      expect(summary.days).toEqual([OLDEST, DT]);
      const file = `traffic/dt=${OLDEST}/part-0.parquet`;
      expect(summary.unreadableFiles).toEqual(
        reason === undefined ? [] : [{ file, day: OLDEST, reason }],
      );
    },
  );
});
