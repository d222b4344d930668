import { parquetRead } from 'hyparquet';
import type { DailyRow } from '#lib/domain/series';
import type { SeriesLevel } from '#lib/domain/vocabulary';
import type { QueryEngine } from '#lib/ports/query-engine';
import { runKeys } from './run-files.ts';

const COLUMNS = [
  'dt',
  'level',
  'key',
  'peak_bps',
  'max_bps',
  'mean_bps',
  'capacity_bps',
  'samples',
] as const;

/**
 * Reads one shard's daily rows from the Parquet files the plan unloaded
 * (docs/architecture.md "Shard format"), with hyparquet: pure JavaScript,
 * so the same code runs in a Lambda and in a local worker thread. NULL
 * numbers become NaN, as `loadDailyRows` makes them.
 *
 * @param engine - the query engine that wrote the files
 * @param runId - the run
 * @param shard - the shard, e.g. `s0001`
 * @returns the shard's rows, in file order
 * @example
 * const rows = await readShardRows(deps.engine, runId, 's0001');
 */
export async function readShardRows(
  engine: QueryEngine,
  runId: string,
  shard: string,
): Promise<DailyRow[]> {
  const files = await engine.readUnloaded(runKeys(runId).series, shard);
  const rows: DailyRow[] = [];
  for (const bytes of files) {
    const file = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    await parquetRead({
      file,
      columns: [...COLUMNS],
      onComplete: (data: unknown[][]) => {
        for (const values of data) rows.push(toDailyRow(values));
      },
    });
  }
  return rows;
}

function toDailyRow(values: readonly unknown[]): DailyRow {
  return {
    dt: String(values[0]),
    level: String(values[1]) as SeriesLevel,
    key: String(values[2]),
    peakBps: toNumber(values[3]),
    maxBps: toNumber(values[4]),
    meanBps: toNumber(values[5]),
    capacityBps: toNumber(values[6]),
    samples: toNumber(values[7]),
  };
}

function toNumber(value: unknown): number {
  return value === null || value === undefined ? Number.NaN : Number(value);
}
