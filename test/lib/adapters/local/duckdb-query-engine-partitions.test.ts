import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QueryError } from '#lib/query-error';
import { useEngineDir } from '../../../helpers/engine-dir.ts';
import { writeTrafficDay } from '../../../helpers/lake.ts';
import { replaceDay } from '../../../helpers/replace-day.ts';

const { lake, open, engine } = useEngineDir();

describe('DuckDbQueryEngine partitions', () => {
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
    const partitions = await engine().listPartitions('traffic');

    // Assess
    expect(partitions).toEqual(['2026-01-01', '2026-01-03']);
  });

  it('replaces a day idempotently, with a marker naming its files and rows', async () => {
    // Prepare
    await open();
    const folder = join(lake(), 'series_daily', 'dt=2026-01-05');
    const select = (v: number) =>
      `SELECT 'link' AS level, 'l1' AS key, ${v}.0 AS peak_bps, '2026-01-05' AS dt`;
    await replaceDay(engine(), 'series_daily', '2026-01-05', select(1));
    await writeFile(join(folder, 'stray.parquet'), '');

    // Act
    await replaceDay(engine(), 'series_daily', '2026-01-05', select(2));
    await replaceDay(engine(), 'series_daily', '2026-01-05', select(3));
    const rows = await engine().query(
      'SELECT dt, key, peak_bps FROM series_daily',
    );
    const [listing] = await engine().describePartitions('series_daily');

    // Assess
    expect(rows).toEqual([{ dt: '2026-01-05', key: 'l1', peak_bps: 3 }]);
    const files = (await readdir(folder)).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toBe('_SUCCESS');
    expect(listing?.marker).toMatchObject({ dt: '2026-01-05', rows: 1 });
    expect(listing?.marker?.files).toEqual(listing?.files);
  });

  it('keeps the old files but no marker when the replacing query fails', async () => {
    // Prepare
    await open();
    await replaceDay(
      engine(),
      'quality_daily',
      '2026-01-05',
      "SELECT 'x' AS kind, '2026-01-05' AS dt",
    );

    // Act
    const failure = replaceDay(
      engine(),
      'quality_daily',
      '2026-01-05',
      'SELECT * FROM nope',
    ).catch((e: unknown) => e);

    // Assess
    expect(await failure).toBeInstanceOf(QueryError);
    expect(await engine().query('SELECT kind FROM quality_daily')).toEqual([
      { kind: 'x' },
    ]);
    const [listing] = await engine().describePartitions('quality_daily');
    expect(listing?.files).toHaveLength(1);
    expect(listing?.marker).toBeUndefined();
  });

  it('refuses a partition day that is not YYYY-MM-DD', async () => {
    // Prepare
    await open();

    // Act
    const failure = replaceDay(
      engine(),
      'series_daily',
      '../x',
      'SELECT 1 AS dt',
    ).catch((e: unknown) => e as Error);

    // Assess
    expect(((await failure) as Error).message).toMatch(/YYYY-MM-DD/);
  });
});
