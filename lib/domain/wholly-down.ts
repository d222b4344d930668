/**
 * Whether a series has no capacity at all on a day: every link in
 * `links.csv` has a positive capacity, so only a what-if that has every
 * member link down (its site, or each link) leaves none, and then the
 * ports of its augments are down too (docs/architecture.md "Capacity over
 * time"). On such a day the ask counts nothing (its ports would be down
 * as well), the chart's "capacity with the ask" stays at 0, and an
 * augment in service is not "counted in capacity".
 *
 * @param capacityBps - the series' capacity that day
 * @returns true when nothing is up
 * @example
 * whollyDown(0); // true
 * whollyDown(100e9); // false
 */
export function whollyDown(capacityBps: number): boolean {
  return !(capacityBps > 0);
}
