import { compareCodePoints } from '#lib/domain/code-point-order';
import type { Inventory, InventoryLink } from '#lib/domain/inventory';
import type { ShardSeries } from './catalog-figures.ts';
import type { CatalogEntry } from './series-catalog.ts';

/**
 * The catalog of a shard's or a backtest batch's series: one entry per
 * series with a usable peak that the inventory knows, with its member
 * links (links.csv order) and their summed capacity, ordered by level,
 * then key (code points).
 *
 * @param series - the shard's series (`readShardSeries`), or a batch's
 *   cut to a date's history (`windowSeries`)
 * @param inventory - the shard's inventory
 * @returns the catalog entries
 * @example
 * const entries = catalogShard(series, inventory);
 */
export function catalogShard(
  series: readonly ShardSeries[],
  inventory: Inventory,
): CatalogEntry[] {
  const members = new Map<string, InventoryLink[]>();
  for (const link of inventory.links) {
    for (const id of [
      `link\u0000${link.linkId}`,
      `group\u0000${link.group}`,
      `isp\u0000${link.isp}`,
    ]) {
      const list = members.get(id);
      if (list) list.push(link);
      else members.set(id, [link]);
    }
  }
  const entries: CatalogEntry[] = [];
  for (const { history, lastDay, observedDays } of series) {
    const { level, key } = history;
    const links = members.get(`${level}\u0000${key}`);
    if (links === undefined || observedDays === 0) continue;
    let inventoryCapacityBps = 0;
    for (const link of links) inventoryCapacityBps += link.capacityBps;
    entries.push({
      level,
      key,
      links,
      lastDay,
      observedDays,
      inventoryCapacityBps,
    });
  }
  return entries.sort(
    (a, b) =>
      compareCodePoints(a.level, b.level) || compareCodePoints(a.key, b.key),
  );
}
