import type { LinkType } from '#lib/domain/vocabulary';
import type { SampleIsp, SampleSite } from './catalogue.ts';

/**
 * What the sample intends a group to look like from the day after its last
 * day, under the default configuration (README "Configuration").
 */
export type SampleOutcome =
  | 'fine'
  | 'watch'
  | 'warning'
  | 'n1-broken'
  | 'order-now'
  | 'augment-early'
  | 'augment-late'
  | 'unlisted'
  | 'step-up'
  | 'crossed';

/** The skeleton of a capacity group: who, where, what, how many ports. */
export interface GroupShape {
  readonly isp: SampleIsp;
  readonly site: SampleSite;
  readonly linkType: LinkType;
  readonly size: number;
  readonly portBps: number;
  /** Set for the few groups the inventory names explicitly. */
  readonly explicitName?: string;
}

/** How a group's demand evolves; levels are designed back from the end. */
export interface DemandParams {
  readonly outcome: SampleOutcome;
  /** p95 daily peak / capacity on the last day. */
  readonly endUtilization: number;
  /** Yearly growth (0.8 = +80 %/year) before and after the pace change. */
  readonly growthBefore: number;
  readonly growthAfter: number;
  /** Day offset where the growth changes pace (0: one pace throughout). */
  readonly changeDay: number;
  /** in_bps / out_bps. */
  readonly inRatio: number;
  /** Days after the last day when a planned augment lands, and its size. */
  readonly augment?: { readonly afterEndDays: number; readonly ports: number };
  /** Day offset where every link of the group doubles (LAG grows). */
  readonly upgradeDay?: number;
  /**
   * First day offset on which the designed busiest-weekday utilization
   * reaches critical (before the upgrade): a true crossing in the history.
   */
  readonly crossingDay?: number;
  /**
   * Reference of the upgrade's row in augments.csv: set when the upgrade
   * is still listed there and links.csv shows the capacity before it.
   */
  readonly recordedAugment?: string;
  /** From `day` on the level is `ratio` times the level before. */
  readonly step?: { readonly day: number; readonly ratio: number };
  /** Inventory overrides written on every link of the group. */
  readonly leadTimeDays?: number;
  readonly owner?: string;
}

/** One link of the sample. */
export interface SampleLink {
  /** Position in the traffic's link list (also the PRNG stream id). */
  readonly index: number;
  readonly linkId: string;
  /** Capacity from `upgradeDay` on (what the inventory shows). */
  readonly capacityBps: number;
  /** Capacity before `upgradeDay`. */
  readonly capacityBeforeBps: number;
  readonly upgradeDay: number;
  /** First day offset with traffic (a link can appear late). */
  readonly firstDay: number;
}

/** A capacity group with its links and demand model. */
export interface SampleGroup extends GroupShape {
  readonly index: number;
  /** The group's key: the explicit name or `isp/site/link_type`. */
  readonly name: string;
  readonly links: readonly SampleLink[];
  readonly demand: DemandParams;
  /** False for the link that is in traffic but not in links.csv. */
  readonly listed: boolean;
}

/** A planned augment row of augments.csv. */
export interface SampleAugment {
  readonly group: string;
  readonly inServiceDate: string;
  readonly addedBps: number;
  readonly reference: string;
}

/** Everything the generator decides before writing a single row. */
export interface SamplePlan {
  readonly seed: number;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly days: number;
  /** Days since 1970-01-01 of the first day. */
  readonly firstEpochDay: number;
  readonly groups: readonly SampleGroup[];
  /** All links by index, the unlisted one included. */
  readonly links: readonly SampleLink[];
  readonly augments: readonly SampleAugment[];
  readonly isps: number;
  /** Day offsets with no traffic file at all. */
  readonly missingDays: readonly number[];
  /** A day offset whose file lacks one link. */
  readonly partialDay: { readonly day: number; readonly linkIndex: number };
  /** Day offset of the football final (one evening much higher). */
  readonly eventDay: number;
}
