/**
 * How far apart, as a ratio, a raw row's capacity and the inventory's may
 * be before the row's is not taken: 500, below a unit's step of 1000 (a
 * collector writing kbps, 100000000 for 100 Gbps, or Mbps) and above the
 * real gaps between them (a link upgraded from 1 to 100 or 400 Gbps
 * since, a bundle with members down). The rollup's `ROW_CAPACITY` takes
 * the inventory's for a row further apart, and counts it
 * (`capacity_replaced`).
 *
 * @example
 * rowBps * CAPACITY_RATIO_LIMIT >= inventoryBps;
 */
export const CAPACITY_RATIO_LIMIT = 500;
