import type { Inventory } from '#lib/domain/inventory';
import type { DayWindow } from '#lib/sql/select-series';
import { shardSeriesSql } from '#lib/sql/shard-input';
import type { ShardSpec } from './choose-shards.ts';
import type { Deps } from './deps.ts';
import { runKeys, writeRunJson } from './run-files.ts';
import { splitInventory } from './split-inventory.ts';

/**
 * Writes each shard's input (docs/architecture.md "Shard format"): its
 * window of `series_daily` as Parquet, unloaded by the query engine
 * partitioned by shard straight into the lake's `runs/<runId>/series/`,
 * and its part of the inventory as `shards/<shard>/inventory.json`.
 *
 * @param deps - the query engine and report store
 * @param run - the run id, history window, shards and inventory
 * @returns when written
 * @example
 * await writeShardInputs(deps, { runId, window, shards, inventory });
 */
export async function writeShardInputs(
  deps: Pick<Deps, 'engine' | 'reports'>,
  run: {
    readonly runId: string;
    readonly window: DayWindow;
    readonly shards: readonly ShardSpec[];
    readonly inventory: Inventory;
  },
): Promise<void> {
  const keys = runKeys(run.runId);
  if (run.shards.length > 0) {
    await deps.engine.unload(
      shardSeriesSql(run.window, run.shards),
      keys.series,
    );
  }
  for (const [shard, part] of splitInventory(run.inventory, run.shards)) {
    await writeRunJson(deps.reports, keys.inventory(shard), part);
  }
}
