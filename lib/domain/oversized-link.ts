/**
 * Links whose capacity in links.csv is far above a year of their traffic
 * (docs/architecture.md "Capacity far above traffic"): most often a
 * capacity written wrong (bps for Gbps, a 100G port for a 10G one), which
 * keeps the link's utilization near 0 and Headroom saying "ok" forever.
 */

/**
 * The share of links.csv's capacity under which a link's highest daily
 * peak of a year is named: 1 %, where a capacity written 1,000 times too
 * large (bps for kbps, Mbps for Gbps) leaves a link of any real load, and
 * one 10 times too large a link that is not nearly idle, while a link in
 * service as meant rarely stays under 1 % of its port for a year.
 */
export const OVERSIZED_PEAK_SHARE = 0.01;

/** The days before the as-of date whose peaks are compared: a year. */
export const OVERSIZED_WINDOW_DAYS = 365;

/**
 * The days with traffic a link needs in that window to be named: a
 * quarter, so that a link lit weeks ago and still taking its first
 * traffic, or gone quiet early in the year, is not.
 */
export const OVERSIZED_MIN_DAYS = 90;

/**
 * A link whose highest daily peak (p95) over the year before the as-of
 * date stayed under `OVERSIZED_PEAK_SHARE` of its capacity in links.csv.
 *
 * @example
 * const l: OversizedLink = { linkId: 'lhr1-acme-pni-1',
 *   capacityBps: 100e9, peakBps: 0.4e9, days: 365 };
 */
export interface OversizedLink {
  readonly linkId: string;
  /** Its capacity in links.csv, bits per second. */
  readonly capacityBps: number;
  /** Its highest daily peak (p95) in the window, bits per second. */
  readonly peakBps: number;
  /** Days with traffic in the window. */
  readonly days: number;
}

/** What `data-quality.json` holds of such links. */
export interface CapacityQuality {
  /**
   * Inventory links whose capacity is far above a year of their
   * traffic, in `link_id` order. Absent when none.
   */
  readonly oversizedLinks?: readonly OversizedLink[];
}
