import { compareCodePoints } from '#lib/domain/code-point-order';
import { addDays } from '#lib/domain/dates';
import { isRetired } from '#lib/domain/in-service';
import type { InventoryLink, LinkPlace } from '#lib/domain/inventory';
import { seriesName } from '#lib/domain/stale-series';
import {
  QUIET_AFTER_DAYS,
  type QuietLink,
  type RemovedLink,
} from '#lib/domain/stopped-links';
import { sentAfterRetirement } from './sent-after-retirement.ts';

/**
 * The inventory links whose traffic stopped: no row on the last
 * `QUIET_AFTER_DAYS` calendar days up to the lake's last day with traffic
 * (by any link), each with its last day and its group and ISP, whose days
 * since are left out of the forecast (docs/architecture.md "Bundles with
 * a link gone quiet"). A link with no row in the window is silent, not
 * quiet.
 *
 * @param links - the inventory's links
 * @param lastDays - each link seen in the window and its last day there
 * @returns the quiet links, in `link_id` order
 * @example
 * quietLinks(inventory.links, new Map([['a1', '2026-03-09'],
 *   ['a2', '2026-03-04']]));
 * // [{ linkId: 'a2', lastDay: '2026-03-04',
 * //    series: ['group:Acme/LHR1/pni', 'isp:Acme'] }]
 */
export function quietLinks(
  links: readonly Pick<InventoryLink, 'linkId' | 'group' | 'isp'>[],
  lastDays: ReadonlyMap<string, string>,
): QuietLink[] {
  const before = quietBefore(lastDays);
  if (before === undefined) return [];
  return links
    .flatMap(({ linkId, group, isp }) => {
      const lastDay = lastDays.get(linkId);
      if (lastDay === undefined || lastDay >= before) return [];
      const series = [
        seriesName({ level: 'group', key: group }),
        seriesName({ level: 'isp', key: isp }),
      ];
      return [{ linkId, lastDay, series }];
    })
    .sort((a, b) => compareCodePoints(a.linkId, b.linkId));
}

/**
 * The links seen in traffic that the inventory does not know and whose
 * traffic stopped as a quiet link's does (docs/architecture.md "Bundles
 * with a link gone quiet"): taken out of service and out of links.csv,
 * so `data-quality.json` lists them apart from the unknown links whose
 * traffic still comes, which the console and overview name.
 *
 * @param unknown - the ids seen in the window that links.csv lacks
 * @param lastDays - each link seen in the window and its last day there
 * @returns the removed links, in `link_id` order
 * @example
 * removedLinks(['u9'], new Map([['a1', '2026-03-09'], ['u9', '2026-03-04']]));
 * // [{ linkId: 'u9', lastDay: '2026-03-04' }]
 */
export function removedLinks(
  unknown: readonly string[],
  lastDays: ReadonlyMap<string, string>,
): RemovedLink[] {
  const before = quietBefore(lastDays);
  if (before === undefined) return [];
  return unknown
    .flatMap((linkId) => {
      const lastDay = lastDays.get(linkId);
      return lastDay === undefined || lastDay >= before
        ? []
        : [{ linkId, lastDay }];
    })
    .sort((a, b) => compareCodePoints(a.linkId, b.linkId));
}

/**
 * The inventory links by their traffic in the window: in service without
 * a row (`silentLinks`), in service and stopped (`quietLinks`), and
 * retired by the as-of date yet sending since (`sentAfterRetirement`):
 * a retired link is neither silent nor quiet (docs/architecture.md
 * "Retired links").
 *
 * @param links - the inventory's links
 * @param asOf - the as-of date (the window's `to`)
 * @param lastDays - each link seen in the window and its last day there
 * @returns the three lists
 * @example
 * inventoryTraffic(inventory.links, '2026-12-05', lastDays).quiet;
 */
export function inventoryTraffic(
  links: readonly LinkPlace[],
  asOf: string,
  lastDays: ReadonlyMap<string, string>,
) {
  const live = links.filter((link) => !isRetired(link, asOf));
  const retired = links.filter((link) => isRetired(link, asOf));
  return {
    silentLinks: live
      .map((link) => link.linkId)
      .filter((link) => !lastDays.has(link))
      .sort(),
    quiet: quietLinks(live, lastDays),
    retiredSending: sentAfterRetirement(retired, lastDays),
  };
}

/**
 * The first of the lake's last `QUIET_AFTER_DAYS` days up to its last day
 * with traffic (by any link): a link with no row since is quiet.
 */
function quietBefore(lastDays: ReadonlyMap<string, string>) {
  // A loop, not Math.max(...): a fleet's links overflow the arguments.
  let lakeLast = '';
  for (const day of lastDays.values()) if (day > lakeLast) lakeLast = day;
  return lakeLast === '' ? undefined : addDays(lakeLast, 1 - QUIET_AFTER_DAYS);
}
