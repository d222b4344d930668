import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { A1, DT, p95, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, engine, deps, series } = useRollupLake('rollup');

describe('rollupLake over several days', () => {
  it('replaces a day on rerun: new values, no duplicate rows', async () => {
    // Prepare
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', A1, () => 100e9),
    );
    await rollupStage(deps(), { asOf: '2026-01-02' });
    const doubled = A1.map((v) => v * 2);
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', doubled, () => 200e9),
    );

    // Act
    const summary = await rollupStage(deps(), {
      asOf: '2026-01-02',
      days: [DT],
    });
    const rows = await engine().query('SELECT key FROM series_daily');

    // Assess
    expect(summary).toMatchObject({ days: [DT], rows: 3 });
    expect(rows).toHaveLength(3);
    expect((await series('a1'))?.peak_bps).toBeCloseTo(p95(doubled), 6);
  });

  it('catches up missing days, re-rolls the last rollup.lateDays days and never reads as-of or later', async () => {
    // Prepare
    for (const dt of ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-05']) {
      await writeTrafficDay(lake(), dt, [
        {
          ts: `${dt}T00:05:00Z`,
          linkId: 'a1',
          outBps: 1e9,
          capacityBps: 100e9,
        },
      ]);
    }

    // Act
    const first = await rollupStage(deps(), { asOf: '2026-01-05' });
    const again = await rollupStage(deps(), { asOf: '2026-01-05' });
    const later = await rollupStage(deps(), { asOf: '2026-01-09' });
    const explicit = await rollupStage(deps(), {
      asOf: '2026-01-03',
      days: ['2026-01-02', '2026-01-03', '2026-01-04'],
    });

    // Assess
    expect(first.days).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(again.days).toEqual(['2026-01-02', '2026-01-03']);
    expect(later.days).toEqual(['2026-01-05']);
    expect(explicit.days).toEqual(['2026-01-02']);
  });

  it('writes no partition on or after the as-of date', async () => {
    // Prepare
    for (const dt of ['2026-01-01', '2026-01-02']) {
      await writeTrafficDay(
        lake(),
        dt,
        samples('a1', [1e9], () => 100e9),
      );
    }

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess
    expect(await engine().listPartitions('series_daily')).toEqual([
      '2026-01-01',
    ]);
    expect(await engine().listPartitions('quality_daily')).toEqual([
      '2026-01-01',
    ]);
  });
});
