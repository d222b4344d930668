import type { Inventory, InventoryLink } from '#lib/domain/inventory';
import { compareCodePoints, type ShardSpec, shardOf } from './choose-shards.ts';

/**
 * Splits the inventory by shard (docs/architecture.md "Choosing
 * shards"): a link goes to the shard of its own series, to the shard of
 * its group's series (a group goes with its smallest ISP name) and to the
 * shard of its ISP's series (which sums every link of the ISP, even when
 * the ISP is split by group). Each shard also gets the planned augments
 * of its groups. Links keep their links.csv order.
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
  const groupIsp = new Map<string, string>();
  for (const { group, isp } of inventory.links) {
    const seen = groupIsp.get(group);
    if (seen === undefined || compareCodePoints(isp, seen) < 0) {
      groupIsp.set(group, isp);
    }
  }
  const parts = new Map(shards.map((s) => [s.shard, [] as InventoryLink[]]));
  for (const link of inventory.links) {
    const own = shardOf(shards, link.isp, link.group);
    const viaGroup = shardOf(shards, groupIsp.get(link.group)!, link.group);
    const viaIsp = shardOf(shards, link.isp);
    for (const shard of new Set([own, viaGroup, viaIsp])) {
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
