import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import {
  expectBothRolledUp,
  writeRewritten,
} from '../../helpers/rewritten-traffic.ts';
import { A1, A2, DT, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, deps, series } = useRollupLake('rollup-case');

/**
 * Writes `samples` as the day's traffic file `name`, its columns named
 * in another case (`TS`, `Link_ID`, `Out_Bps`, …), as a writer that
 * keeps its own names would: Athena reads such a file by name, ignoring
 * case.
 */
const writeOtherCase = (name: string, rows: Parameters<typeof samples>) =>
  writeRewritten(
    lake(),
    name,
    rows,
    (from) => `SELECT link_id AS "Link_ID", ts AS "TS", out_bps AS "Out_Bps",
       in_bps AS "IN_BPS", capacity_bps AS "Capacity_Bps" ${from}`,
  );

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
      await expectBothRolledUp(summary, series);
      expect((await series('Acme/LHR1/pni'))?.capacity_bps).toBe(200e9);
    },
  );
});
