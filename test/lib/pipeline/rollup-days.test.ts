import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import {
  makeTempDir,
  openTestEngine,
  removeDir,
  writeTrafficDay,
} from '../../helpers/lake.ts';
import {
  A1,
  A2,
  DT,
  fixtureDeps,
  openRollupEngine,
  p95,
  samples,
  seriesRow,
} from '../../helpers/rollup-fixture.ts';

describe('rollupLake over several days', () => {
  let dir: string;
  let engine: DuckDbQueryEngine;
  const lake = () => join(dir, 'lake');
  const deps = () => fixtureDeps(engine, dir);
  const series = (key: string) => seriesRow(engine, key);

  beforeEach(async () => {
    dir = await makeTempDir('rollup');
    engine = await openRollupEngine(dir);
  });
  afterEach(async () => {
    await engine.close();
    await removeDir(dir);
  });

  it('replaces a day on rerun: new values, no duplicate rows', async () => {
    // Prepare
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', A1, () => 100),
    );
    await rollupStage(deps(), { asOf: '2026-01-02' });
    const doubled = A1.map((v) => v * 2);
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', doubled, () => 200),
    );

    // Act
    const summary = await rollupStage(deps(), {
      asOf: '2026-01-02',
      days: [DT],
    });
    const rows = await engine.query('SELECT key FROM series_daily');

    // Assess
    expect(summary).toMatchObject({ days: [DT], rows: 3 });
    expect(rows).toHaveLength(3);
    expect((await series('a1'))?.peak_bps).toBeCloseTo(p95(doubled), 6);
  });

  it('catches up missing days, re-rolls the last rollup.lateDays days and never reads as-of or later', async () => {
    // Prepare
    for (const dt of ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-05']) {
      await writeTrafficDay(lake(), dt, [
        { ts: `${dt}T00:05:00Z`, linkId: 'a1', outBps: 1, capacityBps: 100 },
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
        samples('a1', [1], () => 100),
      );
    }

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess
    expect(await engine.listPartitions('series_daily')).toEqual(['2026-01-01']);
    expect(await engine.listPartitions('quality_daily')).toEqual([
      '2026-01-01',
    ]);
  });

  it('rolls a day with an unreadable file up again on every run, and takes the file in once it is fixed', async () => {
    // Prepare: DT's second file is broken; ten days later DT is far
    // outside the late days that every run re-rolls.
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', A1, () => 100),
    );
    const broken = join(lake(), 'traffic', `dt=${DT}`, 'part-1.parquet');
    await writeFile(broken, 'not parquet');
    for (let i = 2; i <= 10; i += 1) {
      const dt = `2026-01-${String(i).padStart(2, '0')}`;
      await writeTrafficDay(lake(), dt, [
        { ts: `${dt}T00:05:00Z`, linkId: 'a1', outBps: 1, capacityBps: 100 },
      ]);
    }
    /** One run: a fresh engine, as each `headroom run` is a new process. */
    const run = async () => {
      await engine.close();
      engine = await openTestEngine(dir);
      return rollupStage(deps(), { asOf: '2026-01-11' });
    };

    // Act
    const first = await run();
    const second = await run();
    const a2Before = await series('a2');
    await writeTrafficDay(
      lake(),
      DT,
      samples('a2', A2, () => 100),
      'part-1.parquet',
    );
    const fixed = await run();
    const a2After = await series('a2');
    const after = await run();

    // Assess
    const leftOut = [`traffic/dt=${DT}/part-1.parquet`];
    expect(first.unreadableFiles.map((f) => f.file)).toEqual(leftOut);
    expect(second.days).toContain(DT);
    expect(second.unreadableFiles.map((f) => f.file)).toEqual(leftOut);
    expect(a2Before).toBeUndefined();
    expect(fixed.days).toContain(DT);
    expect(fixed.unreadableFiles).toEqual([]);
    expect(a2After?.peak_bps).toBeCloseTo(p95(A2), 6);
    expect(after.days).not.toContain(DT);
  });

  it('stops reporting a day whose unreadable file was removed with the rest of its traffic', async () => {
    // Prepare: the day's only file is broken, then removed
    const folder = join(lake(), 'traffic', `dt=${DT}`);
    await writeTrafficDay(
      lake(),
      '2026-01-02',
      samples('a1', A1, () => 100),
    );
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'part-0.parquet'), 'not parquet');
    const first = await rollupStage(deps(), { asOf: '2026-01-03' });
    await rm(folder, { recursive: true });

    // Act
    const later = await rollupStage(deps(), { asOf: '2026-01-03' });

    // Assess
    expect(first.unreadableFiles).toHaveLength(1);
    expect(later.unreadableFiles).toEqual([]);
    expect(later.notReRolled).toEqual([]);
  });
});
