import type { TrafficStep } from './forecast.ts';
import type {
  ExpediteChoice,
  OutageDays,
  PlannedAugmentStatus,
} from './plan-status.ts';
import type { LinkType, SeriesLevel, Severity } from './vocabulary.ts';

/**
 * One row of `forecasts.csv` / `forecasts.json`: a series' forecast judged
 * against its capacity (docs/architecture.md "Data contracts"). Dates are `YYYY-MM-DD`;
 * `undefined` where the threshold is not reached within the horizon.
 *
 * @example
 * const e: Partial<Evaluation> = { level: 'group', key: 'Acme/LHR1/pni',
 *   severity: 'warning', orderByDate: '2026-12-10' };
 */
export interface Evaluation {
  readonly level: SeriesLevel;
  readonly key: string;
  readonly isp: string;
  readonly site: string;
  readonly region: string;
  readonly linkType: LinkType | '';
  readonly owner: string;
  readonly model: string;
  readonly lastPeakBps: number;
  readonly capacityBps: number;
  readonly utilization: number;
  readonly growthPctPerYear: number;
  readonly warningDate?: string;
  readonly criticalDate?: string;
  readonly criticalDateUpper?: string;
  readonly fullDate?: string;
  readonly warningDateUpper?: string;
  readonly fullDateUpper?: string;
  readonly orderByDate?: string;
  readonly leadTimeDays: number;
  readonly severity: Severity;
  readonly recommendedAddBps: number;
  readonly recommendedPorts: number;
  readonly portBps: number;
  readonly n1Ok: boolean;
  /** First day the forecast peak no longer fits with the largest link down. */
  readonly n1BreachDate?: string;
  /**
   * The group's augments from `augments.csv`, with whether each lands in
   * time, or is in service already (counted in `capacityBps`).
   */
  readonly plannedAugments: readonly PlannedAugmentStatus[];
  /** The earliest planned augment that lands too late, pulled in. */
  readonly expedite?: ExpediteChoice;
  /**
   * Where the order-by date has passed: the day after the last day,
   * before an augment ordered today is in service, on which the upper
   * bound reaches critical of the capacity in force, planned augments
   * included (`exposureRule`); the overdue plan's days exposed end there.
   */
  readonly shortUntil?: string;
  /**
   * The days a what-if leaves the series no capacity at all (every
   * member link down, and with them the augments' ports), in date order;
   * unset when there are none (always in a real run).
   */
  readonly outages?: readonly OutageDays[];
  readonly warning: number;
  readonly critical: number;
  /** The capacity group a link or group belongs to (unset for an ISP). */
  readonly group?: string;
  /** Number of member links (1 for a link; a group's or ISP's links). */
  readonly memberLinks?: number;
  /**
   * Members with no traffic in the window, left out of the figures
   * (docs/architecture.md "Bundles with a silent link"). Absent when none.
   */
  readonly silentLinks?: readonly string[];
  /**
   * Retired links whose traffic left with them, taken out of a group's or
   * ISP's history (docs/architecture.md "Retired links").
   */
  readonly trafficGone?: readonly TrafficGone[];
  /**
   * The capacity a group's traffic reported (the most of its last 7
   * days) where above the capacity it is judged on: links.csv not yet
   * edited (docs/architecture.md "Augments already in links.csv").
   * Absent otherwise.
   */
  readonly reportedCapacityBps?: number;
  /** A step of the traffic's level in the last days, when one was found. */
  readonly step?: StepRecord;
}

/**
 * A detected step as the run records it (`steps.json`, README "The
 * forecast engine"): the forecast's {@link TrafficStep} dated, with its size in
 * bps and how it stands in its bundle.
 *
 * @example
 * const s: StepRecord = { date: '2026-11-20', days: 6, changePct: 70,
 *   direction: 'up', followed: true };
 */
export type StepRecord = Omit<TrafficStep, 'index'> & {
  /** `YYYY-MM-DD`: the first day at the new level. */
  readonly date: string;
  /** Change of level in bps (the old level's median times the change). */
  readonly changeBps?: number;
  /**
   * A link's step matched by a sibling link's opposite step of similar
   * size within 2 days, the group not stepping: traffic moved inside the
   * bundle, the group's forecast does not change.
   */
  readonly withinBundle?: boolean;
  /**
   * On a group: the member link whose step, answered by no sibling, this
   * is (the group's own series did not step); its forecast follows the
   * link, not the group's.
   */
  readonly link?: string;
  /** On a group's link step: `changeBps` as a share of the group's level (%). */
  readonly groupPct?: number;
};

/**
 * A retired link whose traffic left with it: its bundle's fall is read
 * from the days after the retirement, not a swing of the forecast
 * (docs/architecture.md "A fall is confirmed over days").
 */
export interface TrafficGone {
  readonly linkId: string;
  /** `YYYY-MM-DD`: its `retired_on`. */
  readonly retiredOn: string;
  /** The share of its traffic read as gone, when not all of it (0–1). */
  readonly share?: number;
}
