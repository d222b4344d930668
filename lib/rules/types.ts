import type { Config, Thresholds } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import type { SeriesForecast } from '#lib/domain/forecast';
import type { InventoryLink, PlannedAugment } from '#lib/domain/inventory';
import type { DailySeries } from '#lib/domain/series';
import type { SeriesLevel } from '#lib/domain/vocabulary';

/**
 * A change of capacity from a date on (a scenario's link or site going
 * down is a negative change; its return a positive one).
 */
export interface CapacityChange {
  /** `YYYY-MM-DD`: the change counts from this day on. */
  readonly date: string;
  readonly deltaBps: number;
  /** Why, for the report: 'scenario: link lhr1-1 down'. */
  readonly reason: string;
}

/**
 * Days a what-if has every member link of a capacity group down: the
 * ports its augments add are on the same bundle at the same site, so
 * they are down too (`until` excluded; none: to the horizon's end).
 */
export interface GroupOutage {
  readonly group: string;
  readonly from: string;
  readonly until?: string;
}

/** What a scenario did to one series before evaluation. */
export interface SeriesScenarioEffect {
  readonly name: string;
  /** The member links going down and coming back. */
  readonly capacityChanges: readonly CapacityChange[];
  /** Groups wholly down: their augments add nothing then. */
  readonly groupOutages: readonly GroupOutage[];
}

/**
 * Everything `evaluateSeries` needs for one series (link, group or ISP).
 *
 * @example
 * const input: SeriesInput = { level: 'group', key: 'Acme/LHR1/pni',
 *   links, augments: [], history, forecast, asOf: '2026-11-26',
 *   config: DEFAULT_CONFIG };
 */
export interface SeriesInput {
  readonly level: SeriesLevel;
  readonly key: string;
  /** Members: the link itself, the group's links, or all the ISP's links. */
  readonly links: readonly InventoryLink[];
  /** Planned augments of these links' groups. */
  readonly augments: readonly PlannedAugment[];
  readonly history: DailySeries;
  /** Forecast day `i` is `asOf + i` (the last observation is `asOf − 1`). */
  readonly forecast: SeriesForecast;
  readonly asOf: string;
  readonly config: Config;
  /** Set by `applyScenario`: capacity changes of a what-if run. */
  readonly scenario?: SeriesScenarioEffect;
}

/** The resolved facts every capacity rule reads. */
export interface RuleContext {
  readonly level: SeriesLevel;
  readonly asOf: string;
  readonly thresholds: Thresholds;
  readonly leadTimeDays: number;
  readonly portBps: number;
  readonly largestLinkBps: number;
  /** Days the recommended augment must cover (≤ the forecast's length). */
  readonly planningDays: number;
  readonly warningWindowDays: number;
  /** Planned augments, by in-service date. */
  readonly augments: readonly PlannedAugment[];
  /** Scenario changes (empty for a real run). */
  readonly changes: readonly CapacityChange[];
  /** Scenario's wholly down groups, whose augments add nothing then. */
  readonly groupOutages: readonly GroupOutage[];
  /** Capacity on forecast day `i`, augments and scenario included. */
  readonly capacity: readonly number[];
  /** Capacity on day `i` without planned augments (scenario included). */
  readonly baseCapacity: readonly number[];
  readonly lastPeakBps: number;
  readonly mean: readonly number[];
  /** Bounds of the decision interval. */
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

/** The fields of an `Evaluation` the rules decide. */
export type Findings = Partial<
  Pick<
    Evaluation,
    | 'warningDate'
    | 'criticalDate'
    | 'fullDate'
    | 'warningDateUpper'
    | 'criticalDateUpper'
    | 'fullDateUpper'
    | 'orderByDate'
    | 'severity'
    | 'recommendedAddBps'
    | 'recommendedPorts'
    | 'n1Ok'
    | 'n1BreachDate'
    | 'plannedAugments'
    | 'expedite'
    | 'shortUntil'
    | 'outages'
    | 'growthPctPerYear'
  >
>;

/**
 * One capacity rule (one rule per file, registered in rules/index.ts): reads the context and
 * what earlier rules found, returns its own findings or `undefined`.
 *
 * @example
 * const rule: CapacityRule = { id: 'order-by', description: '…',
 *   evaluate: (ctx, found) => ({ orderByDate: undefined }) };
 */
export interface CapacityRule {
  readonly id: string;
  readonly description: string;
  evaluate(context: RuleContext, found: Findings): Findings | undefined;
}
