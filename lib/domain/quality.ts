import type { LikelyMember, NearLink } from './likely-member.ts';
import type { CapacityQuality } from './oversized-link.ts';
import type { InventoryQuality } from './shared-asn.ts';
import type {
  QuietLink,
  RemovedLink,
  RetiredLinkTraffic,
} from './stopped-links.ts';
import type { UnreadableFile } from './unreadable-file.ts';
import type { QualityKind } from './vocabulary.ts';

/**
 * `data-quality.json`: bad traffic rows counted per link and kind, left
 * out of the fit but never dropped silently (docs/architecture.md "Data contracts").
 *
 * @example
 * const q: DataQualityReport = { from: '2026-01-01', to: '2026-11-26',
 *   totals: { duplicate: 12 }, byLink: [{ linkId: 'l1', kind: 'duplicate',
 *   count: 12, days: 1 }], unknownLinks: [], missingDays: [] };
 */
export interface DataQualityReport extends InventoryQuality, CapacityQuality {
  /** The window's first day. */
  readonly from: string;
  /** The day after the window's last: the as-of date, not read. */
  readonly to: string;
  /**
   * The day the checks begin: `from`, or when the lake's traffic starts
   * after it, the window's first day whose traffic was rolled up for a
   * link. Absent when no traffic was (and in reports of older runs).
   */
  readonly firstTrafficDay?: string;
  readonly totals: Readonly<Partial<Record<QualityKind, number>>>;
  /**
   * Of `totals.unknown_link`, the rows without a `link_id` (NULL or
   * empty: `linkId` null in `byLink`), which the overview and the console
   * name apart from the ids links.csv lacks. Absent when none (and in
   * reports of older runs).
   */
  readonly noLinkIdRows?: number;
  readonly byLink: readonly LinkQuality[];
  /**
   * Links seen in traffic that the inventory does not know, whose traffic
   * still comes (a row on the lake's last `QUIET_AFTER_DAYS` days), or
   * that an inventory id spells otherwise (`nearLinks`), whenever.
   */
  readonly unknownLinks: readonly string[];
  /**
   * Links seen in traffic that the inventory does not know, whose traffic
   * stopped before the lake's last `QUIET_AFTER_DAYS` days, with their
   * last day: a link taken out of service and out of links.csv, not one
   * to add to it (nor one an inventory id spells otherwise). Absent when
   * none.
   */
  readonly removedLinks?: readonly RemovedLink[];
  /**
   * Of `unknownLinks`, those an inventory id spells otherwise (case,
   * spaces, punctuation: `looseName`), with that id: ids match exactly,
   * so the inventory's link read none of this traffic. Absent when none.
   */
  readonly nearLinks?: readonly NearLink[];
  /**
   * Of `unknownLinks`, those (not in `nearLinks`) whose id starts with one
   * bundle's members' common prefix (`likelyMembers`), with that bundle:
   * most likely a new member lit before links.csv was edited, its traffic
   * counted in no bundle. Absent when none.
   */
  readonly likelyMembers?: readonly LikelyMember[];
  /** Inventory links with no traffic in the window (sorted): not forecast. */
  readonly silentLinks?: readonly string[];
  /** Days from `firstTrafficDay` on with no traffic rolled up for a link. */
  readonly missingDays: readonly string[];
  /**
   * Series (`level:key`) with no data in the two weeks before the as-of
   * date: not forecast, so not judged — a link that vanished, for example.
   */
  readonly staleSeries?: readonly string[];
  /**
   * Inventory links whose every traffic row of the two weeks before the
   * as-of date was set aside (spikes, negatives, non-finite values): their
   * series are not forecast, for want of a usable sample, not of data.
   * Absent when none.
   */
  readonly setAsideLinks?: readonly SetAsideLink[];
  /**
   * Inventory links whose traffic stopped before the lake's last day
   * (none on its last `QUIET_AFTER_DAYS` calendar days up to its last day
   * with traffic): their bundles' days since are left out of the
   * forecast. Absent when none.
   */
  readonly quietLinks?: readonly QuietLink[];
  /**
   * Links links.csv retires (`retired_on`) whose traffic still came after
   * that day, with their last day: counted in their bundle's and
   * ISP's traffic as the lake holds it, not forecast themselves
   * (docs/architecture.md "Retired links"). Absent when none.
   */
  readonly trafficAfterRetirement?: readonly RetiredLinkTraffic[];
  /**
   * Groups and ISPs (`seriesName`) whose every link links.csv retires by
   * `to`: decommissioned, no longer forecast, so an alerted one is not
   * judged for that reason (docs/architecture.md "Retired links"). Absent
   * when none.
   */
  readonly retiredSeries?: readonly string[];
  /** Traffic files left out of their day, or read lacking a column. */
  readonly unreadableFiles?: readonly UnreadableFile[];
  /**
   * Days whose rollup needed redoing (regrouped links, no trusted marker)
   * but whose raw traffic has expired: kept as they were.
   */
  readonly daysNotReRolled?: readonly string[];
}

/**
 * What the report's pages but the overview read of the data-quality
 * report: the days with no traffic, for the banner saying the figures
 * are as of the lake's last day with traffic, and the links not in
 * links.csv that read like an ISP's (its page's note). No per-link rows:
 * the plan hands these to the shards in `plan.json`, so that no shard
 * reads the fleet's `quality.json` (docs/architecture.md "The plan's
 * memory").
 *
 * @example
 * const q: PageQuality = { firstTrafficDay: '2025-10-02',
 *   missingDays: ['2026-12-12'] };
 */
export type PageQuality = Pick<
  DataQualityReport,
  'firstTrafficDay' | 'missingDays' | 'likelyMembers'
>;

/** One link's count of one kind of problem over the window. */
export interface LinkQuality {
  /**
   * The link's id; null for the traffic rows without one (NULL or empty,
   * counted as `unknown_link`), which no string names: any can be an id.
   */
  readonly linkId: string | null;
  readonly kind: QualityKind;
  readonly count: number;
  /** Number of days on which it occurred. */
  readonly days: number;
}

/** A link whose recent traffic was all set aside, and its series. */
export interface SetAsideLink {
  readonly linkId: string;
  /** The series it is a member of, as `staleSeries` names them. */
  readonly series: readonly string[];
}
