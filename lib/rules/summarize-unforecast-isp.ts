import type { Evaluation } from '#lib/domain/evaluation';
import type { InventoryLink } from '#lib/domain/inventory';
import { ispAsns } from '#lib/domain/isp-asns';
import type { IspSummary, PartialFigures } from '#lib/domain/isp-summary';
import { isAtRisk } from '#lib/domain/vocabulary';
import { worstSeverity } from './summarize-isp.ts';

/**
 * The summary of an ISP whose own series is not forecast (stale: its
 * traffic left its listed links, or they went quiet): its ASNs, region and
 * owner from links.csv, as for a forecast ISP, and its figures summed
 * over the bundles that are forecast (no growth: nothing forecasts the
 * ISP's total), marked `partial` with how many bundles those are and,
 * where its links in service are given, how many bundles links.csv gives
 * it: the sums are not the ISP's, and every place that shows them says
 * so. Bundles, not capacity: a summed bundle's capacity is the one it is
 * judged on (augments in service, a capacity its traffic reports beyond
 * links.csv), which links.csv's figure for the ISP does not hold.
 *
 * @param isp - the ISP's name
 * @param groups - the ISP's group-level evaluations
 * @param links - the ISP's links in the inventory
 * @param inService - the ISP's links in service in links.csv (with
 *   traffic or silent, not retired), when at hand
 * @returns the ISP summary
 * @example
 * summarizeUnforecastIsp('Acme', groups, links, links).partial;
 * // { groups: 1, inventoryGroups: 2 }
 */
export function summarizeUnforecastIsp(
  isp: string,
  groups: readonly Evaluation[],
  links: readonly InventoryLink[],
  inService?: readonly InventoryLink[],
): IspSummary {
  const sum = (f: (e: Evaluation) => number) =>
    groups.reduce((s, e) => s + f(e), 0);
  const demandBps = sum((e) => e.lastPeakBps);
  const capacityBps = sum((e) => e.capacityBps);
  return {
    isp,
    ...ispIdentity(links, groups),
    demandBps,
    growthPctPerYear: Number.NaN,
    growthLowPctPerYear: Number.NaN,
    growthHighPctPerYear: Number.NaN,
    capacityBps,
    headroom: capacityBps > 0 ? 1 - demandBps / capacityBps : Number.NaN,
    groupsAtRisk: groups.filter((e) => isAtRisk(e.severity)).length,
    worstSeverity: worstSeverity(groups.map((e) => e.severity)),
    partial: partialFigures(groups.length, inService),
  };
}

/** The groups summed, against links.csv's for the ISP when at hand. */
function partialFigures(
  groups: number,
  inService: readonly InventoryLink[] | undefined,
): PartialFigures {
  if (inService === undefined) return { groups };
  return {
    groups,
    inventoryGroups: new Set(inService.map((link) => link.group)).size,
  };
}

/**
 * An ISP's ASNs, region and owner as links.csv gives them: the region and
 * owner its links share, else its first link's, as the ISP-level
 * evaluation takes them; its bundles' only where no link is at hand.
 */
function ispIdentity(
  links: readonly InventoryLink[],
  groups: readonly Evaluation[],
): Pick<IspSummary, 'asns' | 'region' | 'owner'> {
  const first = links[0];
  const shared = (field: 'region' | 'owner') => {
    const values = new Set(links.map((link) => link[field]));
    return values.size === 1 ? [...values][0]! : (first?.[field] ?? '');
  };
  if (first === undefined) {
    return {
      asns: [],
      region: groups[0]?.region ?? '',
      owner: groups[0]?.owner ?? '',
    };
  }
  return {
    asns: ispAsns(links, first.isp),
    region: shared('region'),
    owner: shared('owner'),
  };
}
