import { isRetired } from '#lib/domain/in-service';
import type { Inventory, InventoryLink } from '#lib/domain/inventory';
import { seriesName } from '#lib/domain/stale-series';
import type { CatalogEntry } from './series-catalog.ts';

/**
 * The catalog as the forecast sees it on `asOf` (docs/architecture.md
 * "Retired links"): a link retired by then (`retired_on`) is not
 * forecast, nor a group or ISP whose every link is; elsewhere it leaves
 * its series' members, and so its capacity, N-1 and ask, and is kept
 * apart in `retired` so that its bundle's days before its retirement are
 * still checked for samples it did not send (`leaveOutIncomplete`).
 * Its history stays in its bundle's: links.csv keeps the row, so the
 * rollup groups it as before.
 *
 * @param entries - the catalog of every inventory link (`catalogShard`)
 * @param asOf - the run's "today", or a replayed day
 * @returns the entries still in service, with their retired members apart
 * @example
 * inServiceEntries(catalogShard(series, inventory), '2026-12-05');
 */
export function inServiceEntries(
  entries: readonly CatalogEntry[],
  asOf: string,
): CatalogEntry[] {
  return entries.flatMap((entry) => {
    const retired = entry.links.filter((link) => isRetired(link, asOf));
    if (retired.length === 0) return [entry];
    const links = entry.links.filter((link) => !isRetired(link, asOf));
    if (links.length === 0) return [];
    const inventoryCapacityBps = links.reduce(
      (sum, link) => sum + link.capacityBps,
      0,
    );
    return [{ ...entry, links, retired, inventoryCapacityBps }];
  });
}

/**
 * The inventory without the links retired by `asOf`: the one the rules
 * read (a group's sole link, an ISP's links).
 *
 * @example
 * inServiceInventory(inventory, '2026-12-05').links;
 */
export function inServiceInventory(
  inventory: Inventory,
  asOf: string,
): Inventory {
  const links = inventory.links.filter((link) => !isRetired(link, asOf));
  return links.length === inventory.links.length
    ? inventory
    : { ...inventory, links };
}

/**
 * The retirement day of each retired member of an entry, by link id.
 *
 * @example
 * retiredOn(entry).get('a2'); // '2026-11-05'
 */
export function retiredOn(
  entry: Pick<CatalogEntry, 'retired'>,
): ReadonlyMap<string, string> {
  return new Map(
    (entry.retired ?? []).map((link: InventoryLink) => [
      link.linkId,
      link.retiredOn!,
    ]),
  );
}

/**
 * The retirement days of each group's links retired by `asOf`, by group:
 * a link's rise on those days is the retired link's traffic moved to it
 * (`markBundleMoves`, docs/architecture.md "Retired links").
 *
 * @example
 * retiredByGroup(inventory, '2026-12-05').get('Acme/LHR1/pni'); // ['2026-11-05']
 */
export function retiredByGroup(
  inventory: Inventory,
  asOf: string,
): Map<string, string[]> {
  const days = new Map<string, string[]>();
  for (const link of inventory.links) {
    if (!isRetired(link, asOf)) continue;
    days.set(link.group, [...(days.get(link.group) ?? []), link.retiredOn!]);
  }
  return days;
}

/**
 * The groups and ISPs whose every link is retired by `asOf`, as series
 * names (`group:…`, `isp:…`): `inServiceEntries` forecasts none of them.
 *
 * @example
 * retiredSeries(inventory.links, '2026-12-05'); // ['group:Acme/LHR1/pni']
 */
export function retiredSeries(
  links: readonly Pick<InventoryLink, 'group' | 'isp' | 'retiredOn'>[],
  asOf: string,
): string[] {
  const live = new Set<string>();
  const all = new Set<string>();
  for (const link of links) {
    const names = [
      seriesName({ level: 'group', key: link.group }),
      seriesName({ level: 'isp', key: link.isp }),
    ];
    for (const name of names) {
      all.add(name);
      if (!isRetired(link, asOf)) live.add(name);
    }
  }
  return [...all].filter((name) => !live.has(name)).sort();
}
