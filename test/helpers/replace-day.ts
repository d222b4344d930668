import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';

/**
 * Replaces one day of a rollup table with the rows of `select` (any
 * column order; `dt` is moved last), through the engine's partitioned
 * write, marker included.
 *
 * @example
 * await replaceDay(engine, 'series_daily', '2026-01-01', "SELECT …");
 */
export async function replaceDay(
  engine: DuckDbQueryEngine,
  table: 'series_daily' | 'quality_daily',
  dt: string,
  select: string,
): Promise<void> {
  await engine.writePartitions({
    days: [dt],
    tag: 'test',
    stage: 'SELECT 1 AS unused',
    outputs: [
      { table, select: `SELECT * EXCLUDE (dt), dt FROM (${select}) t` },
    ],
  });
}
