import type { InventoryLink } from '#lib/domain/inventory';
import type { SetAsideLink } from '#lib/domain/quality';
import { seriesName } from '#lib/domain/stale-series';
import type { QueryEngine } from '#lib/ports/query-engine';
import { type DayWindow, selectSetAsideLinksSql } from '#lib/sql/select-series';
import { lastDays } from './last-days.ts';
import { STALE_AFTER_DAYS } from './model-series.ts';

/**
 * The inventory links whose every traffic row of the `STALE_AFTER_DAYS`
 * before the as-of date (the window's end) was set aside, each with the
 * series it is a member of (`link:`, `group:` and `isp:` keys, as
 * `staleSeries` writes them): their series are not forecast for want of
 * a usable sample, which the console and the overview say rather than
 * "no data" (docs/architecture.md "Data contracts").
 *
 * @param engine - the query engine over `series_daily`
 * @param window - the history window; its end is the as-of date
 * @param links - the inventory's links
 * @returns the links, in `link_id` order
 * @throws QueryError when the engine fails
 * @example
 * await loadSetAsideLinks(engine, window, inventory.links);
 * // [{ linkId: 'a1', series: ['link:a1', 'group:Acme/LHR1/pni', 'isp:Acme'] }]
 */
export async function loadSetAsideLinks(
  engine: QueryEngine,
  window: DayWindow,
  links: readonly InventoryLink[],
): Promise<SetAsideLink[]> {
  const rows = await engine.query(
    selectSetAsideLinksSql(lastDays(window, STALE_AFTER_DAYS)),
  );
  const byId = new Map(links.map((link) => [link.linkId, link]));
  return rows.flatMap((row) => {
    const link = byId.get(String(row.key));
    if (link === undefined) return [];
    const series = [
      seriesName({ level: 'link', key: link.linkId }),
      seriesName({ level: 'group', key: link.group }),
      seriesName({ level: 'isp', key: link.isp }),
    ];
    return [{ linkId: link.linkId, series }];
  });
}
