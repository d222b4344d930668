import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { DT, dayStamps, fixtureDeps } from '../../helpers/rollup-fixture.ts';
import {
  counts,
  dir,
  engine,
  missing,
  sample,
  useRollupQualityEngine,
} from './rollup-quality-fixture.ts';

describe('rollupLake missing samples', () => {
  useRollupQualityEngine();

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
});
