import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEngineDir } from '../../../helpers/engine-dir.ts';
import { writeTrafficDay } from '../../../helpers/lake.ts';
import { recordingLog } from '../../../helpers/recording-log.ts';
import { writeParquet } from '../../../helpers/write-parquet.ts';

const { lake, open, engine } = useEngineDir();

describe('DuckDbQueryEngine traffic check', () => {
  it('sets aside traffic files it cannot read or of a type refused, naming each, and reads one lacking a column with it NULL', async () => {
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
    const { log, lines } = recordingLog();
    await open({ log });

    // Act
    const bad = await engine().checkTraffic(['2026-01-01', '2026-01-02']);
    const rows = await engine().query(
      `SELECT dt, strftime(ts, '%H:%M') AS at, in_bps FROM traffic
       ORDER BY dt, ts`,
    );

    // Assess: the file lacking in_bps is read, as Athena reads it, and
    // named with its column
    expect(bad.map((f) => [f.file, f.day])).toEqual([
      ['traffic/dt=2026-01-01/empty.parquet', '2026-01-01'],
      ['traffic/dt=2026-01-01/random.parquet', '2026-01-01'],
      ['traffic/dt=2026-01-02/text.parquet', '2026-01-02'],
    ]);
    expect(bad[2]?.reason).toBe('column out_bps is VARCHAR, expected a double');
    expect(rows).toEqual([
      { dt: '2026-01-01', at: '00:00', in_bps: 0 },
      { dt: '2026-01-02', at: '00:00', in_bps: 0 },
      { dt: '2026-01-02', at: '00:10', in_bps: null },
    ]);
    expect(lines).toEqual([
      {
        message:
          'traffic file traffic/dt=2026-01-02/missing.parquet has no column ' +
          'in_bps: read with in_bps NULL, as Athena reads it (the rollup ' +
          'does not use it)',
        data: { day: '2026-01-02' },
      },
    ]);
  });

  it('names ten files lacking a column, then counts the others, where a collector stopped writing it', async () => {
    // Prepare: twelve days whose files have no in_bps
    const days = Array.from(
      { length: 12 },
      (_, n) => `2026-01-${String(n + 1).padStart(2, '0')}`,
    );
    for (const dt of days) {
      await mkdir(join(lake(), 'traffic', `dt=${dt}`), { recursive: true });
      await writeParquet(
        join(lake(), 'traffic', `dt=${dt}`, 'part-0.parquet'),
        `SELECT TIMESTAMP '${dt} 00:00:00' AS ts, 'l1' AS link_id, ` +
          '1.0::DOUBLE AS out_bps, 10.0::DOUBLE AS capacity_bps',
      );
    }
    const { log, messages, lines } = recordingLog();
    await open({ log });

    // Act: a catch-up in two batches
    await engine().checkTraffic(days.slice(0, 8));
    await engine().checkTraffic(days.slice(8));
    const [read] = await engine().query('SELECT count(*) AS n FROM traffic');

    // Assess: before, a line per file, thousands on a catch-up of a lake
    // of hourly files
    expect(read).toEqual({ n: 12 });
    expect(messages).toHaveLength(11);
    expect(messages[9]).toBe(
      'traffic file traffic/dt=2026-01-10/part-0.parquet has no column ' +
        'in_bps: read with in_bps NULL, as Athena reads it (the rollup ' +
        'does not use it)',
    );
    expect(lines[10]).toEqual({
      message:
        '2 more traffic files with no column in_bps: read with in_bps NULL, ' +
        'as Athena reads them (the rollup does not use it)',
      data: { from: '2026-01-11', to: '2026-01-12' },
    });
  });

  it("reads the days it rolls up when the lake's first file, in a day it does not check, is unreadable", async () => {
    // Prepare: junk sorted first in the lake (an old day, rolled up long
    // ago); the view over the glob took its schema from it and failed
    const row = { linkId: 'l1', outBps: 1, capacityBps: 10 };
    for (const dt of ['2026-01-01', '2026-01-02']) {
      await writeTrafficDay(lake(), dt, [{ ...row, ts: `${dt}T00:00:00Z` }]);
    }
    const old = join(lake(), 'traffic', 'dt=2026-01-01');
    await writeFile(join(old, 'a.parquet'), 'junk');
    await open();

    // Act: a daily run checks and rolls up its late days only
    const bad = await engine().checkTraffic(['2026-01-02']);
    const rows = await engine().query(
      "SELECT dt, count(*) AS n FROM traffic WHERE dt = '2026-01-02' GROUP BY dt",
    );

    // Assess: the day's row is read, not an empty view's nothing
    expect(bad).toEqual([]);
    expect(rows).toEqual([{ dt: '2026-01-02', n: 1 }]);
  });
});
