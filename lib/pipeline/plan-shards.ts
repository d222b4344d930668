import type { SqlRow } from '#lib/ports/query-engine';
import type { DayWindow } from '#lib/sql/select-series';
import { seriesPerIspSql } from '#lib/sql/shard-input';
import { UNLOAD_MAX_PARTITIONS } from '#lib/sql/unload-target';
import {
  chooseShards,
  type SeriesCount,
  type ShardSpec,
  shardOf,
} from './choose-shards.ts';
import type { Deps } from './deps.ts';

/** The lake's series counts and the shards chosen from them. */
export interface ShardPlan {
  /** Series and daily rows per ISP and group (ISP null: not in inventory). */
  readonly counts: readonly SqlRow[];
  readonly shards: readonly PlannedShard[];
}

/** A shard with the daily rows of its input, which it checks on reading. */
export interface PlannedShard extends ShardSpec {
  readonly rows: number;
}

/**
 * Counts the window's series per ISP and group in the lake and packs them
 * into shards of at most `shards.maxSeries` series (docs/architecture.md
 * "Choosing shards"), more a shard when that would make more than 100;
 * warns about each shard made larger by a single group.
 *
 * @param deps - the query engine, logger and configuration
 * @param window - the history window
 * @returns the counts (the manifest reports them) and the shards
 * @example
 * const { counts, shards } = await planShards(deps, {
 *   from: '2024-11-26', to: '2026-11-26' });
 */
export async function planShards(
  deps: Pick<Deps, 'engine' | 'log' | 'config'>,
  window: DayWindow,
): Promise<ShardPlan> {
  const { maxSeries } = deps.config.shards;
  const counts = await deps.engine.query(seriesPerIspSql(window));
  const known = counts
    .filter((row) => row.isp !== null)
    .map((row) => ({
      isp: String(row.isp),
      group: String(row.grp ?? ''),
      series: Number(row.series),
    }));
  const { shards, bound } = withinUnload(known, maxSeries);
  if (bound > maxSeries) {
    deps.log.warn(
      'more shards than one UNLOAD writes: shards hold more series than shards.maxSeries',
      { maxSeries, seriesPerShard: bound, shards: shards.length },
    );
  }
  for (const s of shards.filter((s) => s.series > bound)) {
    deps.log.warn('a group has more series than a shard holds', {
      ...s,
      seriesPerShard: bound,
    });
  }
  return { counts, shards: withRows(shards, counts) };
}

/**
 * The shards of at most `maxSeries` series, or, when they would be more
 * than one UNLOAD writes (Athena: 100 partitions, the plan's shard inputs
 * being one UNLOAD partitioned by shard), the shards of the smallest
 * larger bound tried that fits: the bound grows by the ratio of shards to
 * partitions until the packing fits (a run of about 135,000 links or
 * more at the default 2,000 series a shard).
 */
function withinUnload(known: readonly SeriesCount[], maxSeries: number) {
  let bound = maxSeries;
  let shards = chooseShards(known, bound);
  while (shards.length > UNLOAD_MAX_PARTITIONS) {
    bound = Math.ceil((bound * shards.length) / UNLOAD_MAX_PARTITIONS);
    shards = chooseShards(known, bound);
  }
  return { shards, bound };
}

/** Each shard with the daily rows of the ISPs and groups it holds. */
function withRows(
  shards: readonly ShardSpec[],
  counts: readonly SqlRow[],
): PlannedShard[] {
  const rows = new Map(shards.map((s) => [s.shard, 0]));
  for (const row of counts.filter((r) => r.isp !== null)) {
    const shard = shardOf(shards, String(row.isp), String(row.grp ?? ''));
    rows.set(shard, rows.get(shard)! + Number(row.daily_rows));
  }
  return shards.map((s) => ({ ...s, rows: rows.get(s.shard)! }));
}
