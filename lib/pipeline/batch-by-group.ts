import { compareUtf8 } from '#lib/domain/code-point-order';
import type { InventoryLink } from '#lib/domain/inventory';
import type { Logger } from '#lib/ports/logger';

/** A backtest batch: a range of capacity groups and their links. */
export interface GroupBatch {
  /** Its first group: the batch holds the groups from it to the next's. */
  readonly firstGroup: string;
  readonly links: readonly InventoryLink[];
}

/**
 * Cuts the inventory into batches of `groupsPerBatch` capacity groups, the
 * groups in code point order (the order of `<` in Trino and DuckDB), so
 * that a batch is a range of group keys: one partitioned UNLOAD gives
 * each batch its rows with a `CASE` on the key, whatever the fleet's size
 * (docs/architecture.md "The decision backtest"). A group is never split,
 * and a group's replay needs nothing from other groups. Batches grow past
 * `groupsPerBatch` when more than `maxBatches` would be needed (that
 * UNLOAD writes a partition per batch, and Athena's at most 100).
 *
 * @param links - the inventory links
 * @param groupsPerBatch - groups per batch, unless too many batches
 * @param maxBatches - the most batches
 * @returns the batches, in group order
 * @example
 * batchByGroup(links, 200, 100).length; // 1 for the sample's 44 groups
 */
export function batchByGroup(
  links: readonly InventoryLink[],
  groupsPerBatch: number,
  maxBatches: number,
): GroupBatch[] {
  const byGroup = new Map<string, InventoryLink[]>();
  for (const link of links) {
    const members = byGroup.get(link.group);
    if (members) members.push(link);
    else byGroup.set(link.group, [link]);
  }
  const groups = [...byGroup.keys()].sort(compareUtf8);
  const size = Math.max(groupsPerBatch, Math.ceil(groups.length / maxBatches));
  const batches: GroupBatch[] = [];
  for (let i = 0; i < groups.length; i += size) {
    const part = groups.slice(i, i + size);
    batches.push({
      firstGroup: part[0]!,
      links: part.flatMap((group) => byGroup.get(group)!),
    });
  }
  return batches;
}

/**
 * The most groups one backtest batch was measured to replay in the batch
 * Lambda's memory: 964–1,037 MB of its 1,769 MB at 1,000 groups × 730
 * days, 10 dates (docs/architecture.md "The decision backtest"). One
 * UNLOAD's 100 batches reach it at 100,000 groups.
 */
export const MEASURED_BATCH_GROUPS = 1_000;

/**
 * Warns when a batch holds more groups than were measured to fit the
 * batch Lambda (`MEASURED_BATCH_GROUPS`): past 100,000 groups a batch may
 * run out of memory, and the warning says what to do.
 *
 * @param log - the plan's logger
 * @param batches - batches from `batchByGroup`
 * @example
 * warnLargeBatches(deps.log, batchByGroup(links, 200, 100));
 */
export function warnLargeBatches(
  log: Logger,
  batches: readonly GroupBatch[],
): void {
  let largest = 0;
  for (const { links } of batches) {
    largest = Math.max(largest, new Set(links.map((l) => l.group)).size);
  }
  if (largest <= MEASURED_BATCH_GROUPS) return;
  log.warn(
    'backtest batches larger than measured to fit the batch Lambda: give it more memory if a batch runs out (docs/architecture.md "The decision backtest")',
    { groupsPerBatch: largest, measured: MEASURED_BATCH_GROUPS },
  );
}
