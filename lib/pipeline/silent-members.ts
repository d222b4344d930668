import type { Inventory, InventoryLink } from '#lib/domain/inventory';
import { formatBps } from '#lib/report/format';
import type { CatalogEntry } from './series-catalog.ts';

/**
 * The catalog with each bundle's silent members set apart
 * (docs/architecture.md "Bundles with a silent link"): an inventory link
 * with no traffic row in the window (`silentLinks`, which the plan finds
 * for the whole run, so that an ISP split by group sees every part's)
 * is in none of its bundle's sums, so its capacity counted beside the
 * traffic of the others halved a two-link bundle's utilization, whether
 * its telemetry is missing (its traffic unseen) or it carries none (down,
 * not yet lit, or gone and left in links.csv). Its group and ISP are
 * judged on the links that report: their capacity, N-1 and ask. It stays
 * in `silent`, for the note.
 *
 * @param entries - the catalog entries in service (`inServiceEntries`)
 * @param silent - the ids of the run's silent links
 * @returns the entries, each without its silent members
 * @example
 * withoutSilentMembers(entries, new Set(['a2']))[0]?.silent?.[0]?.linkId;
 */
export function withoutSilentMembers(
  entries: readonly CatalogEntry[],
  silent: ReadonlySet<string>,
): CatalogEntry[] {
  if (silent.size === 0) return [...entries];
  return entries.map((entry) => {
    const mute = entry.links.filter((link) => silent.has(link.linkId));
    const links = entry.links.filter((link) => !silent.has(link.linkId));
    if (mute.length === 0 || links.length === 0) return entry;
    const inventoryCapacityBps = links.reduce(
      (sum, link) => sum + link.capacityBps,
      0,
    );
    return { ...entry, links, silent: mute, inventoryCapacityBps };
  });
}

/**
 * The inventory the rules read, without the silent links of `modelled`'s
 * entries (a group's sole reporting link, an ISP's links).
 *
 * @example
 * reportingInventory(inventory, modelled.map((m) => m.entry)).links;
 */
export function reportingInventory(
  inventory: Inventory,
  entries: readonly Pick<CatalogEntry, 'silent'>[],
): Inventory {
  const silent = new Set(
    entries.flatMap((e) => (e.silent ?? []).map((l) => l.linkId)),
  );
  if (silent.size === 0) return inventory;
  const links = inventory.links.filter((link) => !silent.has(link.linkId));
  return { ...inventory, links };
}

/**
 * The forecast note of a bundle judged without its silent members.
 *
 * @example
 * silentNote(entry);
 * // 'a2 sent no traffic in the window: judged on the links that did, without its 10.0 Gbps; …'
 */
export function silentNote(
  entry: Pick<CatalogEntry, 'silent'>,
): string | undefined {
  const silent = entry.silent ?? [];
  if (silent.length === 0) return undefined;
  const ids = silent.map((link: InventoryLink) => link.linkId).join(', ');
  const bps = silent.reduce((sum, link) => sum + link.capacityBps, 0);
  return (
    `${ids} sent no traffic in the window: judged on the links that ` +
    `did, without ${silent.length === 1 ? 'its' : 'their'} ${formatBps(bps)}; ` +
    'check the collector, or give a link gone a retired_on in links.csv'
  );
}
