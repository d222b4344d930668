import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEngineDir } from '../../../helpers/engine-dir.ts';
import { writeTrafficDay } from '../../../helpers/lake.ts';
import { writeParquet } from '../../../helpers/write-parquet.ts';

const { lake, open, engine } = useEngineDir();

describe('DuckDbQueryEngine traffic check', () => {
  it('tells files of a type refused from good ones read together', async () => {
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
    const bad = await engine().checkTraffic([dt]);
    const again = await engine().checkTraffic([dt]);
    const [counted] = await engine().query(
      'SELECT count(*) AS n, count(*) - count(ts) AS no_ts FROM traffic',
    );

    // Assess: the file with no ts is read, its ts NULL, and named with
    // the column for the report
    expect(bad.map((f) => [f.file, f.reason, f.missing])).toEqual([
      [
        `traffic/dt=${dt}/text.parquet`,
        'column out_bps is VARCHAR, expected a double',
        undefined,
      ],
      [
        `traffic/dt=${dt}/no-ts.parquet`,
        'no column ts: its rows count as empty or not finite',
        ['ts'],
      ],
    ]);
    expect(again).toEqual(bad);
    expect(counted).toEqual({ n: 5, no_ts: 1 });
  });

  it('sets aside a file of a column typed otherwise, not one of no rows of that schema', async () => {
    // Prepare: two files of one schema (link_id a number), one of them
    // with no rows, as pandas writes an empty DataFrame
    const dt = '2026-01-04';
    await writeTrafficDay(lake(), dt, [
      { linkId: 'l1', outBps: 1, capacityBps: 10, ts: `${dt}T00:00:00Z` },
    ]);
    const folder = join(lake(), 'traffic', `dt=${dt}`);
    const numbered =
      `SELECT TIMESTAMP '${dt} 00:05:00' AS ts, 5 AS link_id, ` +
      '1.0::DOUBLE AS out_bps, 1.0::DOUBLE AS in_bps, 10.0::DOUBLE AS capacity_bps';
    await writeParquet(join(folder, 'number.parquet'), numbered);
    await writeParquet(join(folder, 'none.parquet'), `${numbered} WHERE false`);
    await open();

    // Act
    const bad = await engine().checkTraffic([dt]);
    const [counted] = await engine().query('SELECT count(*) AS n FROM traffic');

    // Assess
    expect(bad.map((f) => [f.file, f.reason])).toEqual([
      [
        `traffic/dt=${dt}/number.parquet`,
        'column link_id is INTEGER, expected text',
      ],
    ]);
    expect(counted).toEqual({ n: 1 });
  });

  it('reads a file of no rows whose columns are typed otherwise and one lacking, as Athena does', async () => {
    // Prepare: pandas' empty DataFrame (link_id a number) from a
    // collector that stopped writing in_bps, beside a good file
    const dt = '2026-01-05';
    await writeTrafficDay(lake(), dt, [
      { linkId: 'l1', outBps: 1, capacityBps: 10, ts: `${dt}T00:00:00Z` },
    ]);
    await writeParquet(
      join(lake(), 'traffic', `dt=${dt}`, 'none.parquet'),
      `SELECT TIMESTAMP '${dt} 00:05:00' AS ts, 5 AS link_id, ` +
        '1.0::DOUBLE AS out_bps, 10.0::DOUBLE AS capacity_bps WHERE false',
    );
    await open();

    // Act
    const bad = await engine().checkTraffic([dt]);
    const [counted] = await engine().query('SELECT count(*) AS n FROM traffic');

    // Assess: before, set aside for its link_id (its day rolled up again
    // and the file named on every run), since it also lacked in_bps
    expect(bad).toEqual([]);
    expect(counted).toEqual({ n: 1 });
  });
});
