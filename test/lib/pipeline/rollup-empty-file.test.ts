import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { A1, DT, p95, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';
import { writeParquet } from '../../helpers/write-parquet.ts';

const { lake, deps, reopen } = useRollupLake('rollup-empty');

describe('rollupLake and a traffic file of no rows', () => {
  it.each([
    ['after', 'z-empty.parquet'],
    ['before', 'a-empty.parquet'],
  ])(
    'takes in a file of no rows whose columns are typed otherwise, as Athena does (sorted %s the other)',
    async (_, name) => {
      // Prepare: DT's a1 samples, and a file of no rows whose text and
      // numbers are typed null (pyarrow's type for an empty DataFrame's
      // object column: INT32 in Parquet); nine later days put DT out of
      // the late days that every run re-rolls
      await writeTrafficDay(
        lake(),
        DT,
        samples('a1', A1, () => 100e9),
      );
      await writeParquet(
        join(lake(), 'traffic', `dt=${DT}`, name),
        'SELECT CAST(NULL AS TIMESTAMP) AS ts, NULL AS link_id, ' +
          'NULL AS out_bps, NULL AS in_bps, NULL AS capacity_bps WHERE false',
      );
      for (let i = 2; i <= 10; i += 1) {
        const dt = `2026-01-${String(i).padStart(2, '0')}`;
        const sample = { linkId: 'a1', outBps: 1e9, capacityBps: 100e9 };
        await writeTrafficDay(lake(), dt, [
          { ...sample, ts: `${dt}T00:05:00Z` },
        ]);
      }

      // Act: two runs, each a new process
      const first = await rollupStage(deps(), { asOf: '2026-01-11' });
      await reopen();
      const second = await rollupStage(deps(), { asOf: '2026-01-11' });

      // Assess: nothing set aside, DT done once (a file set aside had
      // it rolled up again, and named, on every run)
      expect(first.unreadableFiles).toEqual([]);
      expect(first.days).toContain(DT);
      expect(second.unreadableFiles).toEqual([]);
      expect(second.days).not.toContain(DT);
      const [a1] = await deps().engine.query(
        `SELECT peak_bps FROM series_daily WHERE key = 'a1' AND dt = '${DT}'`,
      );
      expect(a1?.peak_bps).toBeCloseTo(p95(A1), 6);
    },
  );
});
