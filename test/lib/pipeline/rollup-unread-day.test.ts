import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { A1, DT, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, deps } = useRollupLake('rollup-unread-day');

describe('rollupLake and a day holding no *.parquet file', () => {
  it('names the files of a day it cannot read any of, instead of reading the day as one with no traffic', async () => {
    // Prepare: DT's only file named as Firehose writes them, with no
    // extension; the next day is sound
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', A1, () => 100e9),
    );
    const folder = join(lake(), 'traffic', `dt=${DT}`);
    await rename(
      join(folder, 'part-0.parquet'),
      join(folder, '20260101_000000_00001'),
    );
    await writeTrafficDay(
      lake(),
      '2026-01-02',
      samples('a1', A1, () => 100e9),
    );

    // Act
    const done = await rollupStage(deps(), { asOf: '2026-01-03' });

    // Assess: the day was left out without a word
    expect(done.days).toEqual(['2026-01-02']);
    expect(done.unreadableFiles).toEqual([
      {
        file: `traffic/dt=${DT}/20260101_000000_00001`,
        day: DT,
        reason: expect.stringMatching(/^is not named \*\.parquet: /),
      },
    ]);
  });
});
