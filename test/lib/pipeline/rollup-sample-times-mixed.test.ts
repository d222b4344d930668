import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { DT, GBPS } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';
import { polled } from './rollup-sample-times-mixed-fixture.ts';

const { lake, deps, series } = useRollupLake('rollup-sample-times-mixed');

describe('rollupLake and bundles of links polled at intervals that do not divide each other', () => {
  it("sums a 2-minute link's samples over each 5-minute interval by the samples in it, not as 2.5 a time", async () => {
    // Prepare: a1 every 5 minutes, a2 every 2 minutes, both a flat
    // 10 Gbps. An interval holds two of a2's samples, then three: each
    // divided by 2.5, the bundle read 18 and 22 Gbps by turns
    await writeTrafficDay(lake(), DT, [
      ...polled('a1', 300, () => 10),
      ...polled('a2', 120, () => 10),
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: 20 Gbps at every interval
    const bundle = await series('Acme/LHR1/pni');
    expect(bundle?.peak_bps).toBeCloseTo(20 * GBPS, -2);
    expect(bundle?.max_bps).toBeCloseTo(20 * GBPS, -2);
  });

  it('leaves the bundle at 5 minutes when its 10-minute link has no good sample that day', async () => {
    // Prepare: a1 every 5 minutes at 10 and 30 Gbps by turns; a2 every
    // 10 minutes, every sample negative (set aside). Its interval made
    // the bundle's: a1 was averaged in pairs, 20 Gbps throughout
    await writeTrafficDay(lake(), DT, [
      ...polled('a1', 300, (i) => (i % 2 === 0 ? 10 : 30)),
      ...polled('a2', 600, () => -1),
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: a1's own 5-minute samples
    const bundle = await series('Acme/LHR1/pni');
    expect(bundle?.peak_bps).toBe(30 * GBPS);
    expect(bundle?.samples).toBe(288);
  });

  it('sums a 2-minute link at odd minutes over each 5-minute interval by its samples in it', async () => {
    // Prepare: a1 every 5 minutes on the clock, a2 every 2 minutes at
    // :01, :03, …, both a flat 10 Gbps: three of a2's samples in one
    // interval, two in the next
    await writeTrafficDay(lake(), DT, [
      ...polled('a1', 300, () => 10),
      ...polled('a2', 120, () => 10, 1),
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: 20 Gbps at every interval (divided by 2.5, the bundle
    // read 22 and 18 by turns)
    const bundle = await series('Acme/LHR1/pni');
    expect(bundle?.peak_bps).toBeCloseTo(20 * GBPS, -3);
    expect(bundle?.max_bps).toBeCloseTo(20 * GBPS, -3);
    expect(bundle?.samples).toBe(288);
  });
});
