import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { A1, A2, DT, GBPS, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, deps, series } = useRollupLake('rollup-late-file');

describe('rollupLake and a traffic file that arrives late', () => {
  it('rolls up an old day again when a file is added to it', async () => {
    // Prepare: the day rolled up with a1's file only; a2's collector
    // delivers its file two weeks later, far past rollup.lateDays (3)
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', A1, () => 100 * GBPS),
    );
    await rollupStage(deps(), { asOf: '2026-01-02' });
    await writeTrafficDay(
      lake(),
      DT,
      samples('a2', A2, () => 100 * GBPS),
      'late.parquet',
    );

    // Act
    await rollupStage(deps(), { asOf: '2026-01-16' });

    // Assess: a2 has its day (it was never read, without a word), and
    // a1's stays
    expect(await series('a2')).toMatchObject({ samples: 288 });
    expect(await series('a1')).toMatchObject({ samples: 288 });
  });

  it('leaves a rolled-up day alone when its traffic is as it was', async () => {
    // Prepare
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', A1, () => 100 * GBPS),
    );
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Act
    const summary = await rollupStage(deps(), { asOf: '2026-01-16' });

    // Assess
    expect(summary.days).toEqual([]);
  });
});
