import type { QueryEngine } from '#lib/ports/query-engine';
import type { ShardSeries } from './catalog-figures.ts';
import { runKeys } from './run-files.ts';
import { readSeriesFiles } from './series-files.ts';

/**
 * Reads one shard's daily series from the Parquet files the plan unloaded
 * (docs/architecture.md "Shard format") with hyparquet, pure JavaScript,
 * so the same code runs in a Lambda and in a local worker thread. Row
 * group by row group, column by column, straight into per-series arrays:
 * a shard of 2,000 series has 1.5 M rows, too many to hold as objects, or
 * decoded all at once. The series are those of
 * `toDailySeries` over the same rows (NULL numbers are NaN), in its order.
 *
 * @param engine - the query engine that wrote the files
 * @param runId - the run
 * @param shard - the shard, e.g. `s0001`
 * @param from - the first day of the history window
 * @returns the shard's series, by level then key
 * @example
 * const series = await readShardSeries(deps.engine, runId, 's0001',
 *   '2024-11-26');
 */
export async function readShardSeries(
  engine: QueryEngine,
  runId: string,
  shard: string,
  from: string,
): Promise<ShardSeries[]> {
  const files = await engine.readUnloaded(runKeys(runId).series, shard);
  return readSeriesFiles(files, from);
}
