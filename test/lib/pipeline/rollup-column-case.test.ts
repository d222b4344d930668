import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { A1, A2, DT, p95, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';
import { writeParquet } from '../../helpers/write-parquet.ts';

const { lake, deps, series } = useRollupLake('rollup-case');

/**
 * Writes `samples` as the day's traffic file `name`, its columns named
 * in another case (`TS`, `Link_ID`, `Out_Bps`, …), as a writer that
 * keeps its own names would: Athena reads such a file by name, ignoring
 * case.
 */
async function writeOtherCase(name: string, rows: Parameters<typeof samples>) {
  await writeTrafficDay(lake(), DT, samples(...rows), 'lower.tmp');
  const folder = join(lake(), 'traffic', `dt=${DT}`);
  await writeParquet(
    join(folder, name),
    `SELECT link_id AS "Link_ID", ts AS "TS", out_bps AS "Out_Bps",
       in_bps AS "IN_BPS", capacity_bps AS "Capacity_Bps"
     FROM read_parquet('${join(folder, 'lower.tmp')}')`,
  );
  await rm(join(folder, 'lower.tmp'));
}

describe('rollupLake and traffic columns named in another case', () => {
  it.each([
    ['after', 'z-upper.parquet'],
    ['before', 'a-upper.parquet'],
  ])(
    'reads a file whose columns are TS, Out_Bps… as Athena does (sorted %s the other)',
    async (_, name) => {
      // Prepare: a1 in a file of the contract's names, a2 in one of
      // other-case names
      await writeTrafficDay(
        lake(),
        DT,
        samples('a1', A1, () => 100e9),
      );
      await writeOtherCase(name, ['a2', A2, () => 100e9]);

      // Act
      const summary = await rollupStage(deps(), { asOf: '2026-01-02' });

      // Assess: nothing set aside; both links and their group rolled up
      expect(summary.unreadableFiles).toEqual([]);
      expect((await series('a2'))?.peak_bps).toBeCloseTo(p95(A2), 6);
      expect((await series('a1'))?.peak_bps).toBeCloseTo(p95(A1), 6);
      const sums = A1.map((v, i) => v + A2[i]!);
      const group = await series('Acme/LHR1/pni');
      expect(group?.peak_bps).toBeCloseTo(p95(sums), 6);
      expect(group?.capacity_bps).toBe(200e9);
    },
  );
});
