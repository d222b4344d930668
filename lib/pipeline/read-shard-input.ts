import type { Inventory } from '#lib/domain/inventory';
import { checkShardInput, checkShardInventory } from './check-shard-input.ts';
import type { Deps } from './deps.ts';
import { inServiceEntries } from './in-service-links.ts';
import { seriesId } from './model-series.ts';
import { readShardSeries } from './read-shard-series.ts';
import type { RunPlanFile } from './run-plan-file.ts';
import { catalogShard } from './shard-catalog.ts';
import { withoutSilentMembers } from './silent-members.ts';
import { withUnlistedMembers } from './unlisted-members.ts';

/**
 * The shard's series from its Parquet input, checked against the plan
 * (`checkShardInput`), catalogued against its inventory, which must hold
 * every series of the input (`checkShardInventory`), without the links
 * retired or silent (`inServiceEntries`, `withoutSilentMembers`), each
 * group with the unknown links that read like its members'
 * (`withUnlistedMembers`), and
 * their histories
 * by series id. The series list is emptied once indexed, and the caller
 * clears the histories once modelled, to bound a shard's memory.
 *
 * @param deps - the query engine that reads the input
 * @param plan - the run's plan (the window's start, the as-of date)
 * @param run - the run, the shard and the shard's inventory
 * @returns the catalogue entries in service and the histories by series id
 * @throws ShardError when the input or the inventory does not match
 * @example
 * const { entries, histories } = await readShardInput(deps, plan,
 *   { runId, shard: 's0001', inventory });
 */
export async function readShardInput(
  deps: Pick<Deps, 'engine'>,
  plan: RunPlanFile,
  run: {
    readonly runId: string;
    readonly shard: string;
    readonly inventory: Inventory;
  },
) {
  const series = await readShardSeries(
    deps.engine,
    run.runId,
    run.shard,
    plan.window.from,
  );
  checkShardInput(plan, run.shard, series);
  const all = catalogShard(series, run.inventory);
  checkShardInventory(run, series, all);
  const entries = withUnlistedMembers(
    withoutSilentMembers(
      inServiceEntries(all, plan.asOf),
      new Set(plan.silentLinks),
    ),
    plan.likelyMembers ?? [],
  );
  const histories = new Map(
    series.map(({ history }) => [seriesId(history), history]),
  );
  series.length = 0;
  return { entries, histories };
}
