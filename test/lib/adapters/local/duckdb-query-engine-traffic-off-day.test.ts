import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEngineDir } from '../../../helpers/engine-dir.ts';
import { writeTrafficDay } from '../../../helpers/lake.ts';
import { writeParquet } from '../../../helpers/write-parquet.ts';

const { lake, open, engine } = useEngineDir();

/** A file's rows at these `ts` expressions, every column of the contract. */
const rowsAt = (...ts: string[]) =>
  ts
    .map(
      (t) =>
        `SELECT ${t} AS ts, 'l1' AS link_id, 1.0::DOUBLE AS out_bps, ` +
        '1.0::DOUBLE AS in_bps, 10.0::DOUBLE AS capacity_bps',
    )
    .join(' UNION ALL ');

describe('DuckDbQueryEngine traffic check of ts far off the folder', () => {
  it("names the files whose ts (from their footers) is far off their dt= folder's day, with the likely cause, and reads them", async () => {
    // Prepare: epoch seconds written as milliseconds (1970-01-21), epoch
    // milliseconds written as seconds (year 57976), a day filed a week
    // late, and a folder cut by a local day (hours of the day before:
    // not named, the overview's wrong-partition sentence says why)
    const dt = '2026-01-03';
    const seconds = "epoch(TIMESTAMP '2026-01-03 00:05:00')::BIGINT";
    await writeTrafficDay(lake(), dt, [
      { linkId: 'l1', outBps: 1, capacityBps: 10, ts: `${dt}T00:00:00Z` },
    ]);
    const folder = join(lake(), 'traffic', `dt=${dt}`);
    await writeParquet(
      join(folder, 'as-ms.parquet'),
      rowsAt(`epoch_ms(${seconds})`),
    );
    await writeParquet(
      join(folder, 'as-s.parquet'),
      rowsAt(`to_timestamp(${seconds} * 1000)`),
    );
    await writeParquet(
      join(folder, 'week.parquet'),
      rowsAt(
        "TIMESTAMP '2026-01-10 00:00:00'",
        "TIMESTAMP '2026-01-10 23:55:00'",
      ),
    );
    await writeParquet(
      join(folder, 'local-day.parquet'),
      rowsAt(
        "TIMESTAMP '2026-01-02 19:00:00'",
        "TIMESTAMP '2026-01-03 18:55:00'",
      ),
    );
    await open();

    // Act
    const named = await engine().checkTraffic([dt]);
    const again = await engine().checkTraffic([dt]);
    const [read] = await engine().query('SELECT count(*) AS n FROM traffic');

    // Assess: before, only counted as wrong partition, no file named
    expect(named.map((f) => [f.file, f.reason, f.offDay])).toEqual([
      [
        `traffic/dt=${dt}/as-ms.parquet`,
        'ts reads as 1970-01-21, not on its dt= day: epoch seconds ' +
          'written as milliseconds?',
        { first: '1970-01-21T10:56:38.700Z', last: '1970-01-21T10:56:38.700Z' },
      ],
      [
        `traffic/dt=${dt}/as-s.parquet`,
        'ts reads as 57976-08-20, not on its dt= day: epoch milliseconds ' +
          'written as seconds?',
        {
          first: '+057976-08-20T11:20:00.000Z',
          last: '+057976-08-20T11:20:00.000Z',
        },
      ],
      [
        `traffic/dt=${dt}/week.parquet`,
        'ts reads as 2026-01-10, not on its dt= day: dt= written for ' +
          'another day? write it as the UTC day of ts',
        { first: '2026-01-10T00:00:00.000Z', last: '2026-01-10T23:55:00.000Z' },
      ],
    ]);
    expect(again).toEqual(named);
    expect(read).toEqual({ n: 7 });
  });
});
