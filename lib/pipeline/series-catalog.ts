import { from, op } from 'arquero';
import type { Inventory, InventoryLink } from '#lib/domain/inventory';
import type { DailyRow } from '#lib/domain/series';
import type { SeriesLevel } from '#lib/domain/vocabulary';

/** A rolled-up series joined with the inventory links it stands for. */
export interface CatalogEntry {
  readonly level: SeriesLevel;
  readonly key: string;
  /** Member links: the link itself, the group's links or the ISP's links. */
  readonly links: readonly InventoryLink[];
  /** Last day with data in the history window. */
  readonly lastDay: string;
  readonly observedDays: number;
  /** Sum of the members' capacity in the inventory (today's capacity). */
  readonly inventoryCapacityBps: number;
}

/** The catalog and the rolled-up series the inventory does not know. */
export interface SeriesCatalog {
  readonly entries: readonly CatalogEntry[];
  readonly unknown: readonly { level: SeriesLevel; key: string }[];
}

/**
 * Joins the rollup results with the inventory (arquero): one entry per
 * series with its member links and inventory capacity; series without
 * inventory (links in traffic but not in links.csv) are listed apart;
 * no rows, no series.
 *
 * @param rows - daily rows of the history window
 * @param inventory - the validated inventory
 * @returns known series and unknown ones
 * @example
 * const { entries } = catalogSeries(rows, inventory);
 */
export function catalogSeries(
  rows: readonly DailyRow[],
  inventory: Inventory,
): SeriesCatalog {
  // arquero knows no columns of an empty table: a backtest batch of
  // groups with no rows yet (new in the inventory) has nothing to catalogue.
  if (rows.length === 0) return { entries: [], unknown: [] };
  const members = membershipsOf(inventory.links);
  const capacity = from(members)
    .groupby('level', 'key')
    .rollup({ inventoryCapacityBps: op.sum('capacityBps') });
  const joined = from(rows as DailyRow[])
    .filter((d: { peakBps: number }) => d.peakBps >= 0)
    .groupby('level', 'key')
    .rollup({ lastDay: op.max('dt'), observedDays: op.count() })
    .join_left(capacity, [
      ['level', 'key'],
      ['level', 'key'],
    ])
    .orderby('level', 'key')
    .objects() as Omit<CatalogEntry, 'links'>[];
  const linksOf = groupLinks(members);
  const known = joined.filter((row) => row.inventoryCapacityBps !== undefined);
  return {
    entries: known.map((row) => ({
      ...row,
      links: linksOf.get(`${row.level}\u0000${row.key}`) ?? [],
    })),
    unknown: joined
      .filter((row) => row.inventoryCapacityBps === undefined)
      .map(({ level, key }) => ({ level, key })),
  };
}

interface Membership {
  readonly level: SeriesLevel;
  readonly key: string;
  readonly capacityBps: number;
  readonly link: InventoryLink;
}

function membershipsOf(links: readonly InventoryLink[]): Membership[] {
  return links.flatMap((link) =>
    (
      [
        ['link', link.linkId],
        ['group', link.group],
        ['isp', link.isp],
      ] as const
    ).map(([level, key]) => ({
      level,
      key,
      capacityBps: link.capacityBps,
      link,
    })),
  );
}

function groupLinks(members: readonly Membership[]) {
  const byKey = new Map<string, InventoryLink[]>();
  for (const { level, key, link } of members) {
    const id = `${level}\u0000${key}`;
    const links = byKey.get(id);
    if (links) links.push(link);
    else byKey.set(id, [link]);
  }
  return byKey;
}
