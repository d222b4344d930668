import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import {
  expectBothRolledUp,
  writeRewritten,
} from '../../helpers/rewritten-traffic.ts';
import { A1, A2, DT, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, deps, series } = useRollupLake('rollup-binary');

/**
 * Writes `rows` as DT's traffic file `name`, `link_id` a Parquet binary
 * column without the UTF8 annotation, as pyarrow writes its `binary` type
 * and Hive and Impala wrote strings: Athena (Trino) reads such a column as
 * a string column of the table. `id` makes the binary of the text.
 */
const writeBinaryIds = (
  name: string,
  rows: Parameters<typeof samples>,
  id = 'CAST(link_id AS BLOB)',
) =>
  writeRewritten(
    lake(),
    name,
    rows,
    (from) => `SELECT * REPLACE (${id} AS link_id) ${from}`,
  );

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
      await expectBothRolledUp(summary, series);
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
