import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { recordingLog } from '../../helpers/recording-log.ts';
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
      samples('a1', A1, () => 100e9, '2026-01-02'),
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

describe('rollupLake and a lake it cannot read throughout', () => {
  it('names the first ten files left out, then counts the rest with their days', async () => {
    // Prepare: twelve days whose one file each has no extension
    const days = Array.from({ length: 12 }, (_, i) => addDays(DT, i));
    for (const day of days) {
      await writeTrafficDay(
        lake(),
        day,
        samples('a1', A1, () => 100e9),
      );
      const folder = join(lake(), 'traffic', `dt=${day}`);
      await rename(join(folder, 'part-0.parquet'), join(folder, 'part-0'));
    }
    const { log, lines } = recordingLog();

    // Act
    const done = await rollupStage(
      { ...deps(), log },
      { asOf: addDays(DT, 12) },
    );

    // Assess: every file in the summary, two lines in the log
    expect(done.unreadableFiles).toHaveLength(12);
    expect(lines.slice(0, 10).map((l) => l.message)).toEqual(
      days
        .slice(0, 10)
        .map((day) =>
          expect.stringMatching(
            `^traffic file left out: traffic/dt=${day}/part-0: is not named`,
          ),
        ),
    );
    expect(lines.slice(10)).toEqual([
      {
        message:
          '2 more traffic files left out: each is in data-quality.json with its reason',
        data: { days: `2 days: ${days[10]} to ${days[11]}` },
      },
    ]);
  });
});
