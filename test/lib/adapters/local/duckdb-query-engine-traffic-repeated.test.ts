import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { useEngineDir } from '../../../helpers/engine-dir.ts';
import { writeTrafficDay } from '../../../helpers/lake.ts';
import { writeParquet } from '../../../helpers/write-parquet.ts';

const { lake, open, engine } = useEngineDir();

describe('DuckDbQueryEngine traffic check, a column named twice', () => {
  it.each([
    // pandas writes a DataFrame's repeated column: DuckDB read the first
    // without a word, Trino's lookup by name keeping the last
    ['exactly', 'out_bps', ''],
    // DuckDB read OUT_BPS (5), renaming the other out_bps_1, where
    // Trino's lookup takes the exact name first (0.005)
    ['in two cases', 'OUT_BPS', ' (OUT_BPS, out_bps)'],
  ])(
    'sets aside a file with a column of the contract named twice %s, naming it',
    async (_, first, as) => {
      // Prepare: out_bps in bps, then in kbps, beside a good file
      const dt = '2026-01-06';
      await writeTrafficDay(lake(), dt, [
        { linkId: 'l1', outBps: 1, capacityBps: 10, ts: `${dt}T00:00:00Z` },
      ]);
      await parquetWriteFile({
        filename: join(lake(), 'traffic', `dt=${dt}`, 'twice.parquet'),
        columnData: [
          {
            name: 'ts',
            data: [new Date(`${dt}T00:05:00Z`)],
            type: 'TIMESTAMP',
          },
          { name: 'link_id', data: ['l1'], type: 'STRING' },
          { name: first, data: [5], type: 'DOUBLE' },
          { name: 'out_bps', data: [0.005], type: 'DOUBLE' },
          { name: 'capacity_bps', data: [10], type: 'DOUBLE' },
        ],
      });
      await open();

      // Act
      const bad = await engine().checkTraffic([dt]);

      // Assess
      expect(bad.map((f) => [f.file, f.reason])).toEqual([
        [
          `traffic/dt=${dt}/twice.parquet`,
          `column out_bps is there twice${as}: which one holds the traffic ` +
            'is unknown (DuckDB reads the first, Athena may read the other); ' +
            'write it once',
        ],
      ]);
    },
  );

  it("reads a file whose struct column holds a field of a contract column's name", async () => {
    // Prepare: a collector's own struct column, meta, with its own link_id
    // and out_bps, beside the contract's columns
    const dt = '2026-01-07';
    await writeTrafficDay(lake(), dt, [
      { linkId: 'l1', outBps: 1, capacityBps: 10, ts: `${dt}T00:00:00Z` },
    ]);
    await writeParquet(
      join(lake(), 'traffic', `dt=${dt}`, 'meta.parquet'),
      `SELECT TIMESTAMP '${dt} 00:05:00' AS ts, 'l1' AS link_id, ` +
        '7.0::DOUBLE AS out_bps, 1.0::DOUBLE AS in_bps, ' +
        "10.0::DOUBLE AS capacity_bps, {'link_id': 'x', 'out_bps': 2.0} AS meta",
    );
    await open();

    // Act
    const bad = await engine().checkTraffic([dt]);
    const rows = await engine().query(
      'SELECT out_bps FROM traffic ORDER BY ts',
    );

    // Assess: it was set aside, its nested names read as the columns'
    expect(bad).toEqual([]);
    expect(rows).toEqual([{ out_bps: 1 }, { out_bps: 7 }]);
  });
});
