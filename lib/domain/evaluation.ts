import type { PlannedAugment } from './inventory.ts';
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
  /** Augments planned for this group, with whether each lands in time. */
  readonly plannedAugments: readonly PlannedAugmentStatus[];
  readonly warning: number;
  readonly critical: number;
  /** The capacity group a link or group belongs to (unset for an ISP). */
  readonly group?: string;
  /** Number of member links (1 for a link; a group's or ISP's links). */
  readonly memberLinks?: number;
  /** A step of the traffic's level in the last days, when one was found. */
  readonly step?: StepRecord;
}

/**
 * A detected step as the run records it (`steps.json`, README "Forecast
 * engine"): its first day, size, direction and whether the forecast
 * follows it yet.
 *
 * @example
 * const s: StepRecord = { date: '2026-11-20', days: 6, changePct: 70,
 *   direction: 'up', followed: true };
 */
export interface StepRecord {
  /** `YYYY-MM-DD`: the first day at the new level. */
  readonly date: string;
  /** Days at the new level up to the last observation. */
  readonly days: number;
  readonly changePct: number;
  readonly direction: 'up' | 'down';
  readonly followed: boolean;
  /**
   * A link's step matched by the opposite step on a sibling link: traffic
   * moved inside the bundle, the group's forecast does not change.
   */
  readonly withinBundle?: boolean;
}

/** A planned augment as judged against the order-by date. */
export interface PlannedAugmentStatus extends PlannedAugment {
  /** Days after the date it was needed (critical upper runout); 0 if in time. */
  readonly lateByDays: number;
}

/**
 * The figures a manager takes into a negotiation with one ISP.
 *
 * @example
 * const s: Partial<IspSummary> = { isp: 'Acme', growthPctPerYear: 35 };
 */
export interface IspSummary {
  readonly isp: string;
  readonly asn: number;
  readonly region: string;
  readonly owner: string;
  /** Current p95 of the ISP's summed traffic. */
  readonly demandBps: number;
  readonly growthPctPerYear: number;
  /** Growth at the decision interval's lower and upper bound. */
  readonly growthLowPctPerYear: number;
  readonly growthHighPctPerYear: number;
  readonly capacityBps: number;
  /** 1 − demand / capacity. */
  readonly headroom: number;
  /** Groups of this ISP at warning or critical. */
  readonly groupsAtRisk: number;
  readonly worstSeverity: Severity;
}
