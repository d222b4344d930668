import type { InventoryLink } from '#lib/domain/inventory';
import {
  OVERSIZED_MIN_DAYS,
  OVERSIZED_PEAK_SHARE,
  OVERSIZED_WINDOW_DAYS,
  type OversizedLink,
} from '#lib/domain/oversized-link';
import type { QueryEngine } from '#lib/ports/query-engine';
import { selectOversizedLinksSql } from '#lib/sql/select-oversized-links';
import type { DayWindow } from '#lib/sql/select-series';
import { lastDays } from './last-days.ts';

/**
 * The inventory links whose capacity in links.csv is far above a year of
 * their traffic: their highest daily peak over the `OVERSIZED_WINDOW_DAYS`
 * before the as-of date (the window's end) under `OVERSIZED_PEAK_SHARE`
 * of it, on `OVERSIZED_MIN_DAYS` days with traffic or more
 * (docs/architecture.md "Capacity far above traffic"). A link links.csv
 * retires is left out: its traffic moved on by design.
 *
 * @param engine - the query engine over `series_daily` and the inventory
 *   the rollup wrote (`inventory_links`)
 * @param window - the history window; its end is the as-of date
 * @param links - the inventory's links, whose capacities are compared
 * @returns the links, in `link_id` order
 * @throws QueryError when the engine fails
 * @example
 * await loadOversizedLinks(engine, window, inventory.links);
 * // [{ linkId: 'a1', capacityBps: 100e9, peakBps: 0.3e9, days: 365 }]
 */
export async function loadOversizedLinks(
  engine: QueryEngine,
  window: DayWindow,
  links: readonly InventoryLink[],
): Promise<OversizedLink[]> {
  const rows = await engine.query(
    selectOversizedLinksSql(
      lastDays(window, OVERSIZED_WINDOW_DAYS),
      OVERSIZED_PEAK_SHARE,
      OVERSIZED_MIN_DAYS,
    ),
  );
  const byId = new Map(links.map((link) => [link.linkId, link]));
  return rows.flatMap((row) => {
    const link = byId.get(String(row.key));
    const peakBps = Number(row.peak_bps);
    // links.csv's capacity decides, should the rollup's copy be older.
    if (link === undefined || link.retiredOn !== undefined) return [];
    if (!(peakBps < OVERSIZED_PEAK_SHARE * link.capacityBps)) return [];
    const { linkId, capacityBps } = link;
    return [{ linkId, capacityBps, peakBps, days: Number(row.days) }];
  });
}
