import type { Severity } from './vocabulary.ts';

/**
 * The figures a manager takes into a negotiation with one ISP.
 *
 * @example
 * const s: Partial<IspSummary> = { isp: 'Acme', growthPctPerYear: 35 };
 */
export interface IspSummary {
  readonly isp: string;
  /**
   * Every ASN links.csv writes for the ISP, ascending (`ispAsns`): one
   * ISP may peer from several.
   */
  readonly asns: readonly number[];
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
  /**
   * Set where the ISP's own series is not forecast: its demand, capacity
   * and headroom are then sums over its groups that are
   * (`summarizeUnforecastIsp`), and this says how much of the ISP those
   * cover, which every place showing them says.
   */
  readonly partial?: PartialFigures;
}

/**
 * How much of an ISP the sums of an ISP summary not forecast cover: its
 * groups summed, against its groups in links.csv.
 *
 * @example
 * const p: PartialFigures = { groups: 1, inventoryGroups: 2 };
 */
export interface PartialFigures {
  /** The ISP's groups forecast, whose figures are summed. */
  readonly groups: number;
  /**
   * The ISP's groups in links.csv, of its links in service (with traffic
   * or silent; not retired). Absent where links.csv was not at hand.
   */
  readonly inventoryGroups?: number;
}
