import type { Inventory, InventoryLink } from '#lib/domain/inventory';
import { type ShardSpec, shardOf } from './choose-shards.ts';

/**
 * Splits the inventory by shard (docs/architecture.md "Choosing
 * shards"): a link goes to the shard of its own and its group's series
 * (a group's links share one ISP, which the inventory's parser checks)
 * and to the shard of its ISP's series (which sums every link of the ISP,
 * even when the ISP is split by group). Each shard also gets the planned
 * augments of its groups. Links keep their links.csv order.
 *
 * @param inventory - the validated inventory
 * @param shards - the run's shards
 * @returns each shard's inventory
 * @example
 * splitInventory(inventory, shards).get('s0001')?.links.length;
 */
export function splitInventory(
  inventory: Inventory,
  shards: readonly ShardSpec[],
): Map<string, Inventory> {
  const parts = new Map(shards.map((s) => [s.shard, [] as InventoryLink[]]));
  for (const link of inventory.links) {
    const own = shardOf(shards, link.isp, link.group);
    const viaIsp = shardOf(shards, link.isp);
    for (const shard of new Set([own, viaIsp])) {
      parts.get(shard)?.push(link);
    }
  }
  return new Map(
    [...parts.entries()].map(([shard, links]) => {
      const groups = new Set(links.map((link) => link.group));
      const augments = inventory.augments.filter((a) => groups.has(a.group));
      return [shard, { links, augments }];
    }),
  );
}
