import { compareCodePoints } from '#lib/domain/code-point-order';
import { addDays } from '#lib/domain/dates';
import type { InventoryLink } from '#lib/domain/inventory';
import {
  QUIET_AFTER_DAYS,
  type QuietLink,
  seriesName,
} from '#lib/domain/quality';

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
  // A loop, not Math.max(...): a fleet's links overflow the arguments.
  let lakeLast = '';
  for (const day of lastDays.values()) if (day > lakeLast) lakeLast = day;
  if (lakeLast === '') return [];
  const before = addDays(lakeLast, 1 - QUIET_AFTER_DAYS);
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
