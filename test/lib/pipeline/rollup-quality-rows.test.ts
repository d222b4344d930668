import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { DT, dayStamps, fixtureDeps } from '../../helpers/rollup-fixture.ts';
import {
  dir,
  engine,
  sample,
  useRollupQualityEngine,
} from './rollup-quality-fixture.ts';

describe('rollupLake missing samples', () => {
  useRollupQualityEngine();

  it('sees a timestamp with rows of several kinds once', async () => {
    // Prepare: 5-minute samples with 00:25 and 00:30 missing; 00:05
    // has a duplicate and a spike beside its good row, 00:10 only a spike.
    const stamps = dayStamps(DT, 288);
    const rows = stamps
      .filter((_, i) => i !== 2 && i !== 5 && i !== 6)
      .map(sample('a1'))
      .concat([
        { ts: stamps[1]!, linkId: 'a1', outBps: 1e9, capacityBps: 100e9 },
        { ts: stamps[1]!, linkId: 'a1', outBps: 500e9, capacityBps: 100e9 },
        { ts: stamps[2]!, linkId: 'a1', outBps: 900e9, capacityBps: 100e9 },
      ]);
    await writeTrafficDay(join(dir, 'lake'), DT, rows);

    // Act
    await rollupStage(fixtureDeps(engine, dir), { asOf: '2026-01-02' });

    // Assess: each timestamp is seen once (two missing, not one or
    // three), each bad row counts under its kind, and the link's day has
    // the 285 good samples.
    expect(
      await engine.query(
        `SELECT kind, "count" FROM quality_daily
         WHERE link_id = 'a1' ORDER BY kind`,
      ),
    ).toEqual([
      { kind: 'duplicate', count: 1 },
      { kind: 'missing_samples', count: 2 },
      { kind: 'spike', count: 2 },
    ]);
    expect(
      await engine.query(
        `SELECT samples FROM series_daily
         WHERE level = 'link' AND key = 'a1'`,
      ),
    ).toEqual([{ samples: 285 }]);
  });

  it('checks a row without a valid capacity against the inventory’s', async () => {
    // Prepare: a1 (100 Gbps in the inventory) at 1 Gbps all day, but
    // three samples of 900 Gbps whose rows carry capacity 0, -5 and NaN,
    // and one of 50 Gbps with capacity 0 (below 100 × 1.5: a good sample)
    const stamps = dayStamps(DT, 288);
    const odd = [
      { outBps: 900e9, capacityBps: 0 },
      { outBps: 900e9, capacityBps: -5 },
      { outBps: 900e9, capacityBps: Number.NaN },
      { outBps: 50e9, capacityBps: 0 },
    ];
    const rows = stamps.map((ts, i) => ({
      ...sample('a1')(ts),
      ...(odd[i] ?? {}),
    }));
    await writeTrafficDay(join(dir, 'lake'), DT, rows);

    // Act
    await rollupStage(fixtureDeps(engine, dir), { asOf: '2026-01-02' });

    // Assess: the three are counter spikes, left out of the day's peaks;
    // the four capacities replaced by the inventory's are counted
    expect(
      await engine.query(
        `SELECT kind, "count" FROM quality_daily WHERE link_id = 'a1'
         ORDER BY kind`,
      ),
    ).toEqual([
      { kind: 'capacity_replaced', count: 4 },
      { kind: 'spike', count: 3 },
    ]);
    expect(
      await engine.query(
        `SELECT max_bps, samples FROM series_daily
         WHERE level = 'link' AND key = 'a1'`,
      ),
    ).toEqual([{ max_bps: 50e9, samples: 285 }]);
  });
});
