import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { QueryError } from '#lib/errors';
import {
  makeTempDir,
  openTestEngine,
  removeDir,
  replaceDay,
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

  it.each(['dt=2026-3-10', 'dt=2026-02-31', '2026-03-10'])(
    'names a traffic folder %s that is not a day, instead of leaving its day out',
    async (name) => {
      // Prepare: a good day beside it, and a scratch folder that is skipped
      await writeTrafficDay(lake(), '2026-03-09', [
        {
          ts: '2026-03-09T00:05:00Z',
          linkId: 'l1',
          outBps: 1,
          capacityBps: 10,
        },
      ]);
      await mkdir(join(lake(), 'traffic', '.write-scratch'), {
        recursive: true,
      });
      const misnamed = join(lake(), 'traffic', name);
      await mkdir(misnamed, { recursive: true });

      // Act
      const failure = open();

      // Assess
      await expect(failure).rejects.toThrow(
        `${misnamed} is not a day of the lake: name it dt=YYYY-MM-DD`,
      );
    },
  );

  it('names a file that stands where a partition folder should be', async () => {
    // Prepare
    await mkdir(join(lake(), 'series_daily'), { recursive: true });
    const stray = join(lake(), 'series_daily', 'dt=2026-01-01');
    await writeFile(stray, 'not a folder');

    // Act: opening the engine lists the lake
    const failure = open();

    // Assess
    await expect(failure).rejects.toThrow(
      `${stray} is a file where the lake needs a folder`,
    );
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

  it('replaces a day idempotently, with a marker naming its files and rows', async () => {
    // Prepare
    await open();
    const folder = join(lake(), 'series_daily', 'dt=2026-01-05');
    const select = (v: number) =>
      `SELECT 'link' AS level, 'l1' AS key, ${v}.0 AS peak_bps, '2026-01-05' AS dt`;
    await replaceDay(engine, 'series_daily', '2026-01-05', select(1));
    await writeFile(join(folder, 'stray.parquet'), '');

    // Act
    await replaceDay(engine, 'series_daily', '2026-01-05', select(2));
    await replaceDay(engine, 'series_daily', '2026-01-05', select(3));
    const rows = await engine.query(
      'SELECT dt, key, peak_bps FROM series_daily',
    );
    const [listing] = await engine.describePartitions('series_daily');

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
      engine,
      'quality_daily',
      '2026-01-05',
      "SELECT 'x' AS kind, '2026-01-05' AS dt",
    );

    // Act
    const failure = replaceDay(
      engine,
      'quality_daily',
      '2026-01-05',
      'SELECT * FROM nope',
    ).catch((e: unknown) => e);

    // Assess
    expect(await failure).toBeInstanceOf(QueryError);
    expect(await engine.query('SELECT kind FROM quality_daily')).toEqual([
      { kind: 'x' },
    ]);
    const [listing] = await engine.describePartitions('quality_daily');
    expect(listing?.files).toHaveLength(1);
    expect(listing?.marker).toBeUndefined();
  });

  it('refuses a partition day that is not YYYY-MM-DD', async () => {
    // Prepare
    await open();

    // Act
    const failure = replaceDay(
      engine,
      'series_daily',
      '../x',
      'SELECT 1 AS dt',
    ).catch((e: unknown) => e as Error);

    // Assess
    expect(((await failure) as Error).message).toMatch(/YYYY-MM-DD/);
  });

  it('sets aside traffic files it cannot read or of the wrong schema, naming each', async () => {
    // Prepare
    const row = { linkId: 'l1', outBps: 1, capacityBps: 10 };
    for (const dt of ['2026-01-01', '2026-01-02']) {
      await writeTrafficDay(lake(), dt, [{ ...row, ts: `${dt}T00:00:00Z` }]);
    }
    const day = (dt: string) => join(lake(), 'traffic', `dt=${dt}`);
    await writeFile(join(day('2026-01-01'), 'random.parquet'), 'PAR1 junk');
    await writeFile(join(day('2026-01-01'), 'empty.parquet'), '');
    await writeParquet(
      join(day('2026-01-02'), 'text.parquet'),
      "SELECT TIMESTAMP '2026-01-02 00:05:00' AS ts, 'l1' AS link_id, " +
        "'1' AS out_bps, 1.0::DOUBLE AS in_bps, 10.0::DOUBLE AS capacity_bps",
    );
    await writeParquet(
      join(day('2026-01-02'), 'missing.parquet'),
      "SELECT TIMESTAMP '2026-01-02 00:10:00' AS ts, 'l1' AS link_id, " +
        '1.0::DOUBLE AS out_bps, 10.0::DOUBLE AS capacity_bps',
    );
    await open();

    // Act
    const bad = await engine.checkTraffic(['2026-01-01', '2026-01-02']);
    const rows = await engine.query(
      'SELECT dt, count(*) AS n FROM traffic GROUP BY dt ORDER BY dt',
    );

    // Assess
    expect(bad.map((f) => [f.file, f.day])).toEqual([
      ['traffic/dt=2026-01-01/empty.parquet', '2026-01-01'],
      ['traffic/dt=2026-01-01/random.parquet', '2026-01-01'],
      ['traffic/dt=2026-01-02/missing.parquet', '2026-01-02'],
      ['traffic/dt=2026-01-02/text.parquet', '2026-01-02'],
    ]);
    expect(bad[2]?.reason).toBe('has no column in_bps');
    expect(bad[3]?.reason).toBe('column out_bps is VARCHAR, expected a double');
    expect(rows).toEqual([
      { dt: '2026-01-01', n: 1 },
      { dt: '2026-01-02', n: 1 },
    ]);
  });

  it('tells files of a wrong schema from good ones read together', async () => {
    // Prepare: good files (two writers' schemas) and two bad, no junk
    const dt = '2026-01-03';
    await writeTrafficDay(lake(), dt, [
      { linkId: 'l1', outBps: 1, capacityBps: 10, ts: `${dt}T00:00:00Z` },
    ]);
    const folder = join(lake(), 'traffic', `dt=${dt}`);
    const good = (minute: number) =>
      `SELECT TIMESTAMP '${dt} 00:${minute}:00' AS ts, 'l1' AS link_id, ` +
      '1.0::DOUBLE AS out_bps, 1.0::DOUBLE AS in_bps, 10.0::DOUBLE AS capacity_bps';
    await writeParquet(join(folder, 'a.parquet'), good(15));
    await writeParquet(join(folder, 'b.parquet'), good(20));
    await writeParquet(
      join(folder, 'float.parquet'),
      `SELECT TIMESTAMP '${dt} 00:25:00' AS ts, 'l1' AS link_id, ` +
        '1.0::FLOAT AS out_bps, 1.0::FLOAT AS in_bps, 10.0::FLOAT AS capacity_bps',
    );
    await writeParquet(
      join(folder, 'text.parquet'),
      `SELECT TIMESTAMP '${dt} 00:30:00' AS ts, 'l1' AS link_id, ` +
        "'1' AS out_bps, 1.0::DOUBLE AS in_bps, 10.0::DOUBLE AS capacity_bps",
    );
    await writeParquet(
      join(folder, 'no-ts.parquet'),
      "SELECT 'l1' AS link_id, 1.0::DOUBLE AS out_bps, " +
        '1.0::DOUBLE AS in_bps, 10.0::DOUBLE AS capacity_bps',
    );
    await open();

    // Act
    const bad = await engine.checkTraffic([dt]);
    const again = await engine.checkTraffic([dt]);
    const [counted] = await engine.query('SELECT count(*) AS n FROM traffic');

    // Assess
    expect(bad.map((f) => [f.file, f.reason])).toEqual([
      [`traffic/dt=${dt}/no-ts.parquet`, 'has no column ts'],
      [
        `traffic/dt=${dt}/text.parquet`,
        'column out_bps is VARCHAR, expected a double',
      ],
    ]);
    expect(again).toEqual(bad);
    expect(counted).toEqual({ n: 4 });
  });
});

async function writeParquet(path: string, select: string) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`COPY (${select}) TO '${path}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
}
