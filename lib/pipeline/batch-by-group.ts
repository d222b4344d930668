import { compareUtf8 } from '#lib/domain/code-point-order';
import type { InventoryLink } from '#lib/domain/inventory';

/** A backtest batch: a range of capacity groups and their links. */
export interface GroupBatch {
  /** Its first group: the batch holds the groups from it to the next's. */
  readonly firstGroup: string;
  readonly links: readonly InventoryLink[];
}

/**
 * Cuts the inventory into batches of `maxGroups` capacity groups, the
 * groups in code point order (the order of `<` in Trino and DuckDB), so
 * that a batch is a range of group keys: one partitioned UNLOAD gives
 * each batch its rows with a `CASE` on the key, whatever the fleet's size
 * (docs/architecture.md "The decision backtest"). A group is never split,
 * and a group's replay needs nothing from other groups.
 *
 * @param links - the inventory links
 * @param maxGroups - groups per batch
 * @returns the batches, in group order
 * @example
 * batchByGroup(links, 200).length; // 1 for the sample's 44 groups
 */
export function batchByGroup(
  links: readonly InventoryLink[],
  maxGroups: number,
): GroupBatch[] {
  const byGroup = new Map<string, InventoryLink[]>();
  for (const link of links) {
    const members = byGroup.get(link.group);
    if (members) members.push(link);
    else byGroup.set(link.group, [link]);
  }
  const groups = [...byGroup.keys()].sort(compareUtf8);
  const batches: GroupBatch[] = [];
  for (let i = 0; i < groups.length; i += maxGroups) {
    const part = groups.slice(i, i + maxGroups);
    batches.push({
      firstGroup: part[0]!,
      links: part.flatMap((group) => byGroup.get(group)!),
    });
  }
  return batches;
}
