import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { QueryError } from '#lib/errors';
import {
  makeTempDir,
  openTestEngine,
  removeDir,
  writeTrafficDay,
} from '../../../helpers/lake.ts';

describe('DuckDbQueryEngine partitions', () => {
  let dir: string;
  let engine: DuckDbQueryEngine;
  const lake = () => join(dir, 'lake');
  const open = async () => {
    engine = await openTestEngine(dir);
    return engine;
  };

  beforeEach(async () => {
    dir = await makeTempDir('engine');
  });
  afterEach(async () => {
    await engine?.close();
    await removeDir(dir);
  });

  it('lists partitions that hold Parquet files, sorted', async () => {
    // Prepare
    const row = { linkId: 'l1', outBps: 1, capacityBps: 10 };
    await writeTrafficDay(lake(), '2026-01-03', [
      { ...row, ts: '2026-01-03T00:00:00Z' },
    ]);
    await writeTrafficDay(lake(), '2026-01-01', [
      { ...row, ts: '2026-01-01T00:00:00Z' },
    ]);
    await open();

    // Act
    const partitions = await engine.listPartitions('traffic');

    // Assess
    expect(partitions).toEqual(['2026-01-01', '2026-01-03']);
  });

  it('replaces a partition idempotently, leaving one file per day', async () => {
    // Prepare
    await open();
    const folder = join(lake(), 'series_daily', 'dt=2026-01-05');
    const select = (v: number) =>
      `SELECT '2026-01-05' AS dt, 'link' AS level, 'l1' AS key, ${v}.0 AS peak_bps`;
    await engine.replacePartition('series_daily', '2026-01-05', select(1));
    await writeFile(join(folder, 'stray.parquet'), '');

    // Act
    await engine.replacePartition('series_daily', '2026-01-05', select(2));
    await engine.replacePartition('series_daily', '2026-01-05', select(3));
    const rows = await engine.query(
      'SELECT dt, key, peak_bps FROM series_daily',
    );

    // Assess
    expect(rows).toEqual([{ dt: '2026-01-05', key: 'l1', peak_bps: 3 }]);
    expect(await readdir(folder)).toEqual(['part-0.parquet']);
    expect(await engine.listPartitions('series_daily')).toEqual(['2026-01-05']);
  });

  it('keeps the old partition when the replacing query fails', async () => {
    // Prepare
    await open();
    await engine.replacePartition(
      'quality_daily',
      '2026-01-05',
      "SELECT 'x' AS kind",
    );

    // Act
    const failure = engine
      .replacePartition('quality_daily', '2026-01-05', 'SELECT * FROM nope')
      .catch((e) => e);

    // Assess
    expect(await failure).toBeInstanceOf(QueryError);
    expect(await engine.query('SELECT kind FROM quality_daily')).toEqual([
      { kind: 'x' },
    ]);
    expect(
      await readdir(join(lake(), 'quality_daily', 'dt=2026-01-05')),
    ).toEqual(['part-0.parquet']);
  });

  it('refuses a partition day that is not YYYY-MM-DD', async () => {
    // Prepare
    await open();

    // Act
    const failure = engine
      .replacePartition('series_daily', '../x', 'SELECT 1')
      .catch((e) => e);

    // Assess
    expect((await failure).message).toMatch(/YYYY-MM-DD/);
  });
});
