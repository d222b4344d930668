import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import type { DuckDbQueryEngineOptions } from '#lib/adapters/local/duckdb-setup';
import { writeParquet } from './write-parquet.ts';

// The inventory's links.csv, which most tests of a lake write beside it
export {
  acmePniLinks,
  type LinkRow,
  writeLinksCsv,
} from './links-csv.ts';

/** One raw traffic sample as a test writes it. */
export interface TrafficSample {
  /** ISO instant, e.g. `2026-01-01T00:05:00Z`. */
  readonly ts: string;
  readonly linkId: string;
  readonly outBps: number;
  readonly inBps?: number;
  readonly capacityBps: number;
}

/**
 * A fresh temporary folder; remove it with `removeDir`.
 *
 * @example const dir = await makeTempDir('rollup');
 */
export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `headroom-${prefix}-`));
}

/**
 * Opens the local engine over `DIR/lake` and `DIR/inventory`, small and
 * single-threaded as tests want it (other options may be given).
 */
export function openTestEngine(
  dir: string,
  options: Partial<DuckDbQueryEngineOptions> = {},
): Promise<DuckDbQueryEngine> {
  return DuckDbQueryEngine.create({
    lakeDir: join(dir, 'lake'),
    memoryLimit: '256MB',
    threads: 1,
    ...options,
  });
}

/**
 * Removes a folder made by `makeTempDir`, trying again when a file
 * appeared in it meanwhile (ENOTEMPTY: a worker thread's tsx cache,
 * written into a test's own TMPDIR as the pool shut down).
 */
export async function removeDir(dir: string): Promise<void> {
  await rm(dir, {
    recursive: true,
    force: true,
    maxRetries: 5,
    retryDelay: 200,
  });
}

/**
 * Writes `LAKE/traffic/dt=DT/<file>` as Parquet through DuckDB, with the
 * contract's column types (NaN and ±Infinity written as such).
 *
 * @example
 * await writeTrafficDay(lake, '2026-01-01', [{ ts: '2026-01-01T00:05:00Z',
 *   linkId: 'l1', outBps: 1e9, capacityBps: 10e9 }]);
 */
export async function writeTrafficDay(
  lakeDir: string,
  dt: string,
  rows: readonly TrafficSample[],
  file = 'part-0.parquet',
): Promise<void> {
  const folder = join(lakeDir, 'traffic', `dt=${dt}`);
  await mkdir(folder, { recursive: true });
  const values = rows.map(
    (row) =>
      `(TIMESTAMP '${row.ts.replace('T', ' ').replace('Z', '')}', ` +
      `'${row.linkId}', ${double(row.outBps)}, ${double(row.inBps ?? 0)}, ` +
      `${double(row.capacityBps)})`,
  );
  const select =
    values.length === 0
      ? 'SELECT NULL::TIMESTAMP, NULL, NULL::DOUBLE, NULL::DOUBLE, ' +
        'NULL::DOUBLE WHERE false'
      : `SELECT * FROM (VALUES ${values.join(', ')})`;
  await writeParquet(
    join(folder, file),
    `SELECT col0::TIMESTAMP AS ts, col1::VARCHAR AS link_id, ` +
      `col2::DOUBLE AS out_bps, col3::DOUBLE AS in_bps, ` +
      `col4::DOUBLE AS capacity_bps FROM (${select}) t(col0, col1, col2, ` +
      `col3, col4)`,
  );
}

/**
 * A day of hourly samples of 10 G links, each hour's bps from `bps`:
 * the day the CLI tests' lakes are written from.
 *
 * @example
 * hourlyDay('2026-01-01', ['a1', 'a2'], () => 4.5e9).length; // 48
 */
export function hourlyDay(
  dt: string,
  links: readonly string[],
  bps: (hour: number) => number,
): TrafficSample[] {
  return Array.from({ length: 24 }, (_, hour) =>
    links.map((linkId) => ({
      ts: `${dt}T${String(hour).padStart(2, '0')}:00:00Z`,
      linkId,
      outBps: bps(hour),
      capacityBps: 10e9,
    })),
  ).flat();
}

function double(value: number): string {
  if (Number.isNaN(value)) return `'NaN'::DOUBLE`;
  if (value === Number.POSITIVE_INFINITY) return `'Infinity'::DOUBLE`;
  if (value === Number.NEGATIVE_INFINITY) return `'-Infinity'::DOUBLE`;
  return `${value}::DOUBLE`;
}
