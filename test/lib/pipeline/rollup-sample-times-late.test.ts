import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { DT, GBPS, p95 } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';
import { polled } from './rollup-sample-times-mixed-fixture.ts';

const { lake, deps, series } = useRollupLake('rollup-sample-times-late');

describe('rollupLake and bundles of links polled at intervals that do not divide each other', () => {
  it('sums links polled late by different minutes over their 5-minute intervals', async () => {
    // Prepare: a1 every 5 minutes at :02, :07, …, a2 at :03, :08, …,
    // each carrying its peak while the other is low. No sample was on
    // the clock, so the bundle read each link's samples apart (p95 of
    // one link at a time, 576 samples)
    const wave = (i: number) => 10 + 50 * Math.max(0, Math.sin(i / 20));
    const other = (i: number) => 10 + 50 * Math.max(0, -Math.sin(i / 20));
    await writeTrafficDay(lake(), DT, [
      ...polled('a1', 300, wave, 2),
      ...polled('a2', 300, other, 3),
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: a1's sample at :02 and a2's at :03 meet at :05
    const sums = Array.from({ length: 288 }, (_, i) => wave(i) + other(i));
    const bundle = await series('Acme/LHR1/pni');
    expect(bundle?.samples).toBe(288);
    expect(bundle?.peak_bps).toBeCloseTo(p95(sums) * GBPS, -3);
    expect(bundle?.max_bps).toBeCloseTo(Math.max(...sums) * GBPS, -3);
  });

  it("sums a late link's samples over its coarser sibling's interval, each for its share", async () => {
    // Prepare: a1 every 10 minutes on the clock, a2 every 5 minutes at
    // :02, :07, …, and a3 (FRA1) every 2 minutes at odd minutes, all a
    // flat 10 Gbps. Each of a2's two samples in a 10-minute interval
    // counted whole: the bundle read 30 Gbps
    await writeTrafficDay(lake(), DT, [
      ...polled('a1', 600, () => 10),
      ...polled('a2', 300, () => 10, 2),
      ...polled('a3', 120, () => 10, 1),
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: 20 Gbps in every interval; the ISP 30
    for (const [key, want] of [
      ['Acme/LHR1/pni', 20],
      ['Acme', 30],
    ] as const) {
      const row = await series(key);
      expect(row?.peak_bps).toBeCloseTo(want * GBPS, -3);
      expect(row?.max_bps).toBeCloseTo(want * GBPS, -3);
      expect(row?.samples).toBe(144);
    }
  });

  it.each([
    ['12:00', '5-minute', 300],
    ['12:00', '15-minute', 900],
    ['12:01', '15-minute', 900],
  ])(
    'sums a late 5-minute link with a stray sample at %s beside a %s link for its share',
    async (stray, _, step) => {
      // Prepare: a1 on the clock, a2 every 5 minutes at :02, :07, … and
      // once more at the stray time, both a flat 10 Gbps. The stray made
      // a2 read on the clock as a 1-minute link: a stray on the grid
      // divided its samples by 289 over 1, capped at the interval's
      // minutes (a fifth: the bundle read 12 Gbps), one off the grid
      // counted each whole (three in 15 minutes: 40 Gbps)
      const a2 = polled('a2', 300, () => 10, 2);
      await writeTrafficDay(lake(), DT, [
        ...polled('a1', step, () => 10),
        ...a2,
        { ...a2[0]!, ts: `${DT}T${stray}:00.000Z` },
      ]);

      // Act
      await rollupStage(deps(), { asOf: '2026-01-02' });

      // Assess: 20 Gbps, the stray's interval aside
      const bundle = await series('Acme/LHR1/pni');
      expect(bundle?.peak_bps).toBeCloseTo(20 * GBPS, -3);
      expect(bundle?.mean_bps).toBeGreaterThan(19.9 * GBPS);
      expect(bundle?.mean_bps).toBeLessThan(20.2 * GBPS);
    },
  );
});
