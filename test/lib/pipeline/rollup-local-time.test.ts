import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import {
  A1,
  A2,
  DT,
  GBPS,
  p95,
  samples,
} from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, deps, series, quality } = useRollupLake('rollup-local-time');

/** The samples of 02:00 to 02:55, the hour a clock change repeats or skips. */
const HOUR_TWO = (i: number) => i >= 24 && i < 36;

const counted = () =>
  quality(['duplicate', 'missing_samples', 'wrong_partition']);

describe('rollupLake and a collector writing local time without a zone', () => {
  it("reads the autumn change's repeated hour as 12 duplicates of each link, one of each pair set aside, the day's peak kept", async () => {
    // Prepare: the wall clock runs 02:00-02:55 twice; written without a
    // zone, both passes read as the same instants (taken for UTC)
    const a1 = samples('a1', A1, () => 100 * GBPS);
    const a2 = samples('a2', A2, () => 100 * GBPS);
    const again = [...a1, ...a2]
      .filter((_, i) => HOUR_TWO(i % 288))
      .map((s) => ({ ...s, outBps: s.outBps * 0.9 }));
    await writeTrafficDay(lake(), DT, [...a1, ...a2, ...again]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: each link's day is whole; its peak is that of its own
    // samples, within the pairs' 10 %
    expect(await counted()).toEqual([
      { link_id: 'a1', kind: 'duplicate', count: 12 },
      { link_id: 'a2', kind: 'duplicate', count: 12 },
    ]);
    expect(await series('a1')).toMatchObject({ samples: 288 });
    expect((await series('a1'))?.peak_bps).toBeCloseTo(p95(A1), -8);
  });

  it("reads the spring change's skipped hour as 12 samples missing from each link", async () => {
    // Prepare: the wall clock jumps from 01:55 to 03:00
    const rows = [
      ...samples('a1', A1, () => 100 * GBPS),
      ...samples('a2', A2, () => 100 * GBPS),
    ].filter((_, i) => !HOUR_TWO(i % 288));
    await writeTrafficDay(lake(), DT, rows);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess
    expect(await counted()).toEqual([
      { link_id: 'a1', kind: 'missing_samples', count: 12 },
      { link_id: 'a2', kind: 'missing_samples', count: 12 },
    ]);
    expect(await series('a1')).toMatchObject({ samples: 276 });
  });
});
