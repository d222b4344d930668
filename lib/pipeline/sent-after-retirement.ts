import { compareCodePoints } from '#lib/domain/code-point-order';
import type { InventoryLink } from '#lib/domain/inventory';
import type { RetiredLinkTraffic } from '#lib/domain/stopped-links';

/**
 * The links links.csv retires whose traffic still came after their
 * `retired_on`, whose own rows are the link's last hours in service
 * (docs/architecture.md "Retired links"): a link still patched, a
 * collector still polling its port, or a wrong date. Their
 * rows count in their bundle's traffic as the lake holds them, so
 * `data-quality.json` names them rather than count them in silence.
 *
 * @param retired - the links retired by the as-of date
 * @param lastDays - each link seen in the window and its last day there
 * @returns those with traffic since their retirement, in `link_id` order
 * @example
 * sentAfterRetirement([{ linkId: 'a2', retiredOn: '2026-03-01' }],
 *   new Map([['a2', '2026-03-04']]));
 * // [{ linkId: 'a2', retiredOn: '2026-03-01', lastDay: '2026-03-04' }]
 */
export function sentAfterRetirement(
  retired: readonly Pick<InventoryLink, 'linkId' | 'retiredOn'>[],
  lastDays: ReadonlyMap<string, string>,
): RetiredLinkTraffic[] {
  return retired
    .flatMap(({ linkId, retiredOn }) => {
      const lastDay = lastDays.get(linkId);
      return lastDay === undefined ||
        retiredOn === undefined ||
        lastDay <= retiredOn
        ? []
        : [{ linkId, retiredOn, lastDay }];
    })
    .sort((a, b) => compareCodePoints(a.linkId, b.linkId));
}
