import type { InventoryLink } from '#lib/domain/inventory';

/**
 * Cuts the inventory into batches of whole ISPs of about `maxGroups`
 * capacity groups each (an ISP with more groups is a batch of its own).
 * A group's links share one ISP (the inventory's parser rejects others),
 * so a group is never split.
 *
 * @param links - the inventory links
 * @param maxGroups - groups per batch
 * @returns the links of each batch, ISPs in name order
 * @example
 * batchByIsp(links, 200).length; // 1 for the sample's 44 groups
 */
export function batchByIsp(
  links: readonly InventoryLink[],
  maxGroups: number,
): InventoryLink[][] {
  const byIsp = new Map<string, InventoryLink[]>();
  for (const link of links) {
    const members = byIsp.get(link.isp);
    if (members) members.push(link);
    else byIsp.set(link.isp, [link]);
  }
  const batches: InventoryLink[][] = [];
  let groups = 0;
  for (const isp of [...byIsp.keys()].sort()) {
    const members = byIsp.get(isp)!;
    const count = new Set(members.map((link) => link.group)).size;
    if (batches.length === 0 || groups + count > maxGroups) {
      batches.push([]);
      groups = 0;
    }
    batches.at(-1)!.push(...members);
    groups += count;
  }
  return batches;
}
