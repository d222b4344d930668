/**
 * Links whose traffic stopped, as `data-quality.json` lists them: quiet
 * links of the inventory, links taken out of links.csv, and links
 * links.csv retires whose traffic still came (docs/architecture.md
 * "Bundles with a link gone quiet", "Retired links").
 */

/** Days up to the lake's last day without a link's row that make it quiet. */
export const QUIET_AFTER_DAYS = 2;

/**
 * Share of a group's or ISP's usual traffic unseen on a day above which
 * the day is left out of its forecast (`leaveOutIncomplete`).
 */
export const UNSEEN_SHARE_MAX = 0.1;

/** A link retired on `retiredOn` whose traffic came until `lastDay`. */
export interface RetiredLinkTraffic {
  readonly linkId: string;
  readonly retiredOn: string;
  readonly lastDay: string;
}

/** A link no longer in the inventory whose traffic stopped on `lastDay`. */
export interface RemovedLink {
  readonly linkId: string;
  readonly lastDay: string;
}

/** A link whose traffic stopped, its last day with a row, and its bundles. */
export interface QuietLink {
  readonly linkId: string;
  readonly lastDay: string;
  /** Its group and ISP, as `staleSeries` names them. */
  readonly series: readonly string[];
}
