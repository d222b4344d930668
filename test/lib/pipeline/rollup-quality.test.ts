import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { makeTempDir, removeDir, writeTrafficDay } from '../../helpers/lake.ts';
import {
  DT,
  dayStamps,
  fixtureDeps,
  openRollupEngine,
} from '../../helpers/rollup-fixture.ts';

describe('rollupLake missing samples', () => {
  let dir: string;
  let engine: DuckDbQueryEngine;
  const counts = async (kind: string) =>
    engine.query(
      `SELECT link_id, "count" FROM quality_daily
       WHERE kind = '${kind}' ORDER BY link_id`,
    );
  const missing = () => counts('missing_samples');
  const sample = (linkId: string) => (ts: string) => ({
    ts,
    linkId,
    outBps: 1e9,
    capacityBps: 100e9,
  });

  beforeEach(async () => {
    dir = await makeTempDir('rollup-quality');
    engine = await openRollupEngine(dir);
  });
  afterEach(async () => {
    await engine.close();
    await removeDir(dir);
  });

  it('infers each link interval from its timestamps', async () => {
    // Prepare
    const hourly = dayStamps(DT, 24, 3600).filter((_, i) => i % 6 !== 0);
    const fiveMinutes = dayStamps(DT, 288).slice(0, 250);
    await writeTrafficDay(join(dir, 'lake'), DT, [
      ...hourly.map(sample('a1')),
      ...fiveMinutes.map(sample('a2')),
    ]);

    // Act
    await rollupStage(fixtureDeps(engine, dir), { asOf: '2026-01-02' });

    // Assess
    expect(await missing()).toEqual([
      { link_id: 'a1', count: 4 },
      { link_id: 'a2', count: 38 },
    ]);
  });

  it('keeps the interval when one sample is off the clock', async () => {
    // Prepare
    const stamps = [...dayStamps(DT, 288), `${DT}T12:01:07Z`];
    await writeTrafficDay(join(dir, 'lake'), DT, stamps.map(sample('a1')));

    // Act
    await rollupStage(fixtureDeps(engine, dir), { asOf: '2026-01-02' });

    // Assess
    expect(await missing()).toEqual([]);
  });

  it('keeps the interval of a poller late by the same minutes each time', async () => {
    // Prepare: a1 every 5 minutes at :02, :07, … with 10 missing and a
    // stray at 12:01; a2 every hour at :20 with 4 missing; a3 at 1
    // minute (it could be 2) with every odd minute missing. On the
    // clock's grid, a1 read as a 1-minute link missing 1,161 and a2 as
    // a 10-minute one missing 124
    const later = (minutes: number) => (ts: string) =>
      new Date(Date.parse(ts) + minutes * 60_000).toISOString();
    const lateFive = dayStamps(DT, 288).slice(10).map(later(2));
    const lateHourly = dayStamps(DT, 24, 3600).slice(4).map(later(20));
    await writeTrafficDay(join(dir, 'lake'), DT, [
      ...[...lateFive, `${DT}T12:01:00Z`].map(sample('a1')),
      ...lateHourly.map(sample('a2')),
      ...dayStamps(DT, 720, 120).map(sample('a3')),
    ]);

    // Act
    await rollupStage(fixtureDeps(engine, dir), { asOf: '2026-01-02' });

    // Assess: a1's 10 less its stray, which is a timestamp seen; a3 is
    // a 2-minute link missing nothing. The samples off the clock are
    // told as such
    expect(await missing()).toEqual([
      { link_id: 'a1', count: 9 },
      { link_id: 'a2', count: 4 },
    ]);
    expect(await counts('unaligned')).toEqual([
      { link_id: 'a1', count: 279 },
      { link_id: 'a2', count: 20 },
    ]);
  });

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
