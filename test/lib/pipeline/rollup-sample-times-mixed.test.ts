import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { type TrafficSample, writeTrafficDay } from '../../helpers/lake.ts';
import { DT, dayStamps, GBPS, p95 } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, deps, series } = useRollupLake('rollup-sample-times-mixed');

/**
 * A day of a link's samples every `stepSeconds`, from midnight and
 * `lateMinutes` after, each `value(i)` (Gbps).
 */
function polled(
  linkId: string,
  stepSeconds: number,
  value: (i: number) => number,
  lateMinutes = 0,
): TrafficSample[] {
  return dayStamps(DT, 86_400 / stepSeconds, stepSeconds).map((ts, i) => ({
    ts: new Date(Date.parse(ts) + lateMinutes * 60_000).toISOString(),
    linkId,
    outBps: value(i) * GBPS,
    capacityBps: 100 * GBPS,
  }));
}

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
