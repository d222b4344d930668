import { compareCodePoints } from '#lib/domain/code-point-order';
import { addDays, daysBetween } from '#lib/domain/dates';
import { isRetired } from '#lib/domain/in-service';
import type {
  Inventory,
  InventoryLink,
  PlannedAugment,
} from '#lib/domain/inventory';
import type { DailySeries } from '#lib/domain/series';

/** Days before the as-of date whose traffic capacity is looked at. */
const CAPACITY_DAYS = 7;

/**
 * The inventory as it stood at a past as-of date, as far as the traffic
 * tells: `links.csv` holds today's capacity, so a group upgraded since
 * (its capacity in `series_daily` changed) gets its links' capacities
 * scaled to the capacity its traffic reported before the as-of date (the
 * largest of the last 7 days with data, so that a link missing for a day
 * does not count as removed). Where that capacity exceeds links.csv's, the
 * excess is augments already in service: those before the date, oldest
 * first, are dropped while their sum fits in the excess (an augment still
 * in `augments.csv` whose ports are in the traffic would otherwise count
 * twice). Where it does not (the traffic carried no capacity, so
 * `series_daily` took links.csv's), they stay, as a run counts them.
 * Groups without a known capacity keep today's, and all their augments.
 * Thresholds, lead times and port sizes stay as they are. A link retired
 * by the date (`retired_on`) is left out of its group's sum, as the
 * replay leaves it out, and out of the capacity its group's traffic
 * reported on its last days in service (its own series' capacity, else
 * links.csv's before its day): the links left would read its ports as
 * theirs for a week (docs/architecture.md "Retired links").
 *
 * @param inventory - today's inventory (links of the groups replayed)
 * @param histories - group-level series of the history before the as-of
 * @param asOf - the as-of date (`YYYY-MM-DD`) the histories end before
 * @returns the inventory with capacities and augments as of the date
 * @example
 * inventoryAsOf(inventory, [groupSeries], '2026-06-01').links[0]
 *   ?.capacityBps; // 100e9 where links.csv now says 200e9 after a LAG upgrade
 */
export function inventoryAsOf(
  inventory: Inventory,
  histories: readonly DailySeries[],
  asOf: string,
): Inventory {
  const reported = new Map<string, number>();
  const retiredBps = retiredCapacity(inventory.links, histories, asOf);
  for (const series of histories) {
    if (series.level !== 'group') continue;
    const first = Math.max(0, series.capacity.length - CAPACITY_DAYS);
    const recent = series.capacity
      .slice(first)
      .map(
        (bps, i) =>
          bps - retiredBps(series.key, addDays(series.start, first + i)),
      )
      .filter((bps) => Number.isFinite(bps) && bps > 0);
    if (recent.length > 0) reported.set(series.key, Math.max(...recent));
  }
  const today = new Map<string, number>();
  for (const link of inventory.links) {
    // A link retired by the date no longer counts in its group's traffic.
    if (isRetired(link, asOf)) continue;
    today.set(link.group, (today.get(link.group) ?? 0) + link.capacityBps);
  }
  const links = inventory.links.map((link): InventoryLink => {
    const then = reported.get(link.group);
    const now = today.get(link.group) ?? 0;
    if (then === undefined || then === now || !(now > 0)) return link;
    return { ...link, capacityBps: (link.capacityBps * then) / now };
  });
  const held = heldAugments(inventory.augments, reported, today, asOf);
  const augments = inventory.augments.filter((augment) => !held.has(augment));
  return { links, augments };
}

/**
 * The augments in service before the as-of date that the reported
 * capacity already holds: per group, oldest first, as long as their sum
 * fits in what the traffic reported beyond links.csv. Where the traffic
 * carried no capacity, `series_daily` took links.csv's, which holds none
 * of them, so none is dropped and the run's count stands.
 */
function heldAugments(
  augments: readonly PlannedAugment[],
  reported: ReadonlyMap<string, number>,
  today: ReadonlyMap<string, number>,
  asOf: string,
): Set<PlannedAugment> {
  const held = new Set<PlannedAugment>();
  const covered = new Map<string, number>();
  const stopped = new Set<string>();
  const inService = augments
    .filter((augment) => augment.inServiceDate < asOf)
    .sort((a, b) => compareCodePoints(a.inServiceDate, b.inServiceDate));
  for (const augment of inService) {
    const then = reported.get(augment.group);
    if (then === undefined || stopped.has(augment.group)) continue;
    const beyond = then - (today.get(augment.group) ?? 0);
    const sum = (covered.get(augment.group) ?? 0) + augment.addedBps;
    // Capacities are sums of floats: a part in a million is the same.
    if (sum > beyond * (1 + 1e-6)) {
      stopped.add(augment.group);
      continue;
    }
    covered.set(augment.group, sum);
    held.add(augment);
  }
  return held;
}

/**
 * The capacity a group's traffic reported on a day for its links retired
 * by `asOf`: each one's own series' capacity that day, or links.csv's
 * before its retirement where its series is not in hand.
 */
function retiredCapacity(
  links: readonly InventoryLink[],
  histories: readonly DailySeries[],
  asOf: string,
): (group: string, day: string) => number {
  const own = new Map(
    histories.filter((s) => s.level === 'link').map((s) => [s.key, s]),
  );
  const retired = links.filter((link) => isRetired(link, asOf));
  return (group, day) =>
    retired.reduce((sum, link) => {
      if (link.group !== group) return sum;
      const series = own.get(link.linkId);
      if (series === undefined)
        return day < link.retiredOn! ? sum + link.capacityBps : sum;
      const bps = series.capacity[daysBetween(series.start, day)];
      return bps !== undefined && bps > 0 ? sum + bps : sum;
    }, 0);
}
