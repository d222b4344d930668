import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { A1, A2, DT, p95, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';
import { writeParquet } from '../../helpers/write-parquet.ts';

const { lake, deps, series } = useRollupLake('rollup-binary');

/** DT's traffic folder. */
const folder = () => join(lake(), 'traffic', `dt=${DT}`);

/**
 * Writes `rows` as DT's traffic file `name`, `link_id` a Parquet binary
 * column without the UTF8 annotation, as pyarrow writes its `binary` type
 * and Hive and Impala wrote strings: Athena (Trino) reads such a column as
 * a string column of the table. `id` makes the binary of the text.
 */
async function writeBinaryIds(
  name: string,
  rows: Parameters<typeof samples>,
  id = 'CAST(link_id AS BLOB)',
) {
  await writeTrafficDay(lake(), DT, samples(...rows), 'text.tmp');
  await writeParquet(
    join(folder(), name),
    `SELECT * REPLACE (${id} AS link_id)
     FROM read_parquet('${join(folder(), 'text.tmp')}')`,
  );
  await rm(join(folder(), 'text.tmp'));
}

describe('rollupLake and a traffic link_id written as binary', () => {
  it.each([
    ['after', 'z-binary.parquet'],
    ['before', 'a-binary.parquet'],
  ])(
    'reads its link_id as text, as Athena does (sorted %s the other file)',
    async (_, name) => {
      // Prepare: a1 in a file of the contract's types, a2 in one whose
      // link_id is binary
      await writeTrafficDay(
        lake(),
        DT,
        samples('a1', A1, () => 100e9),
      );
      await writeBinaryIds(name, ['a2', A2, () => 100e9]);

      // Act
      const summary = await rollupStage(deps(), { asOf: '2026-01-02' });

      // Assess: nothing set aside; both links and their group rolled up
      expect(summary.unreadableFiles).toEqual([]);
      expect((await series('a2'))?.peak_bps).toBeCloseTo(p95(A2), 6);
      expect((await series('a1'))?.peak_bps).toBeCloseTo(p95(A1), 6);
      const sums = A1.map((v, i) => v + A2[i]!);
      const group = await series('Acme/LHR1/pni');
      expect(group?.peak_bps).toBeCloseTo(p95(sums), 6);
    },
  );

  it('sets the day aside, naming the file, when a binary link_id is not UTF-8', async () => {
    // Prepare: a2's id written in Latin-1 ('a2é'), which UTF-8 is not
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', A1, () => 100e9),
    );
    await writeBinaryIds(
      'b.parquet',
      ['a2', A2, () => 100e9],
      "'a2\\xE9'::BLOB",
    );

    // Act
    const summary = await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess
    expect(summary.unreadableFiles.map((f) => f.file)).toEqual([
      `traffic/dt=${DT}/b.parquet`,
    ]);
    expect(summary.unreadableFiles[0]?.reason).toMatch(/not valid UTF8/);
  });
});
