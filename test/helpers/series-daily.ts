import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { addDays } from '#lib/domain/dates';
import type { DailyRow } from '#lib/domain/series';

/**
 * Writes rows straight into `LAKE/series_daily/dt=…/` as the rollup would
 * (one hive partition per day), so tests need no raw traffic.
 *
 * @example
 * await writeSeriesDaily(lake, [{ dt: '2026-01-01', level: 'group',
 *   key: 'Acme/LHR1/pni', peakBps: 5e9, maxBps: 6e9, meanBps: 3e9,
 *   capacityBps: 10e9, samples: 288 }]);
 */
export async function writeSeriesDaily(
  lakeDir: string,
  rows: readonly DailyRow[],
): Promise<void> {
  const values = rows.map(
    (r) =>
      `('${r.dt}', '${r.level}', '${r.key.replaceAll("'", "''")}', ` +
      `${r.peakBps}, ${r.maxBps}, ${r.meanBps}, ${r.capacityBps}, ${r.samples})`,
  );
  await mkdir(lakeDir, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(
      'COPY (SELECT col0::VARCHAR AS dt, col1::VARCHAR AS level, ' +
        'col2::VARCHAR AS key, col3::DOUBLE AS peak_bps, ' +
        'col4::DOUBLE AS max_bps, col5::DOUBLE AS mean_bps, ' +
        'col6::DOUBLE AS capacity_bps, col7::BIGINT AS samples ' +
        `FROM (VALUES ${values.join(', ')})) ` +
        `TO '${join(lakeDir, 'series_daily')}' ` +
        '(FORMAT parquet, PARTITION_BY (dt), OVERWRITE_OR_IGNORE)',
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * Daily group rows from a peak function: day `i` is `start + i`.
 *
 * @example
 * groupRows('Acme/LHR1/pni', '2025-01-01', 400, 100e9, (i) => 50e9);
 */
export function groupRows(
  key: string,
  start: string,
  days: number,
  capacityBps: number,
  peak: (day: number) => number,
): DailyRow[] {
  return Array.from({ length: days }, (_, day) => {
    const peakBps = peak(day);
    return {
      dt: addDays(start, day),
      level: 'group',
      key,
      peakBps,
      maxBps: peakBps * 1.05,
      meanBps: peakBps * 0.6,
      capacityBps,
      samples: 288,
    };
  });
}
