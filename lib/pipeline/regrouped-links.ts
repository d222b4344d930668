import type { InventoryLink } from '#lib/domain/inventory';
import { INVENTORY_GROUPS_SQL, type LinkGroup } from '#lib/sql/backtest-input';
import type { Deps } from './deps.ts';

/**
 * Bytes of link ids and groups the backtest's unload names in its query
 * (Athena takes a query of at most 262,144 bytes): 2,000 links of
 * 20-character ids and groups.
 */
export const REGROUPED_BYTES_MAX = 100_000;

/**
 * The links that links.csv groups otherwise than the lake's last rollup
 * did (`inventory_links`: a link added or moved since, or a lake without
 * the table), with their groups in links.csv, for the backtest plan's
 * unload to place their rows in the batch of that group, as the run's
 * shards place them and `headroom backtest` in one thread queries them
 * (docs/architecture.md "The decision backtest"). As many as
 * `REGROUPED_BYTES_MAX` holds, in links.csv order; the rest are warned
 * of, their bundles replayed without their incomplete days left out.
 *
 * @param deps - the query engine and log
 * @param links - the backtest's inventory links
 * @returns the links to name, with their groups in links.csv
 * @example
 * await regroupedLinks(deps, plan.inventory.links);
 * // [{ linkId: 'a2', group: 'Acme/LHR1/pni' }] for a2 added since
 */
export async function regroupedLinks(
  deps: Pick<Deps, 'engine' | 'log'>,
  links: readonly InventoryLink[],
): Promise<LinkGroup[]> {
  const rows = await deps.engine.query(INVENTORY_GROUPS_SQL);
  const rolled = new Map(rows.map((r) => [String(r.link_id), String(r.grp)]));
  const named: LinkGroup[] = [];
  let bytes = 0;
  let left = 0;
  for (const { linkId, group } of links) {
    if (rolled.get(linkId) === group) continue;
    bytes += Buffer.byteLength(linkId) + Buffer.byteLength(group) + 10;
    if (bytes > REGROUPED_BYTES_MAX) left += 1;
    else named.push({ linkId, group });
  }
  if (left > 0) {
    deps.log.warn(
      "links grouped otherwise in links.csv than by the lake's last rollup, " +
        'more than the backtest names: their bundles are replayed without ' +
        'leaving out the days they sent too few samples on, until a rollup ' +
        'groups them',
      { links: named.length + left, named: named.length },
    );
  }
  return named;
}
