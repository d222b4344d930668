import type { Severity } from '#lib/domain/vocabulary';

/** What kind of change a group went through since the previous run. */
export const CHANGE_KINDS = [
  'new',
  'escalated',
  're-opened',
  'de-escalated',
  'resolved',
  'order-by-moved',
  'ask-changed',
  'growth-re-estimated',
] as const;
/** One kind of change. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * What a run remembers of a group for the next run's comparison: the
 * *reported* (held) severity, ask, order-by date and growth, the raw
 * values this run saw (its ask confirms a pending smaller one next
 * time), and the streaks of runs below the held severity's levels
 * (`belowSince`), which confirm its fall.
 *
 * @example
 * const t: TrackedGroup = { key: 'Acme/LHR1/pni', isp: 'Acme',
 *   severity: 'critical', askPorts: 2, askBps: 200e9, portBps: 100e9,
 *   orderByDate: '2026-10-04', growthPctPerYear: 40,
 *   rawSeverity: 'warning', rawAskPorts: 2, everAtRisk: true };
 */
export interface TrackedGroup {
  readonly key: string;
  readonly isp: string;
  readonly severity: Severity;
  readonly askPorts: number;
  readonly askBps: number;
  readonly portBps: number;
  readonly orderByDate?: string;
  readonly growthPctPerYear: number;
  /** This run's severity before hysteresis. */
  readonly rawSeverity: Severity;
  /** This run's ask before hysteresis. */
  readonly rawAskPorts: number;
  /** The group was at warning or critical in some tracked run. */
  readonly everAtRisk: boolean;
  /**
   * For each level above this run's own severity, up to the held one: the
   * first run of the streak of runs below it (`holdSeverity`). Absent
   * when the run is at the held level, and in a state written before
   * streaks were kept (its `rawSeverity` stands for one run).
   */
  readonly belowSince?: BelowSince;
  /** Capacity today, to tell an augment's fall from noise (unset before). */
  readonly capacityBps?: number;
  /** Capacity of the augments still planned (unset before). */
  readonly plannedBps?: number;
  /**
   * The retired links whose traffic the run read as gone with them
   * (`Evaluation.trafficGone`), so that only the first run to read one
   * counts its fall at once (`holdSeverity`). Unset when none.
   */
  readonly trafficGone?: readonly string[];
  /**
   * Its member links this run, so that a group renamed in links.csv keeps
   * its state (`renamedGroups`). Unset in a state written before them.
   */
  readonly links?: readonly string[];
}

/** Per level: the date since which every run was below it. */
export type BelowSince = Readonly<Partial<Record<Severity, string>>>;

/** One group's changes since the previous run. */
export interface GroupChange {
  readonly key: string;
  readonly isp: string;
  readonly kinds: readonly ChangeKind[];
  readonly severity: {
    readonly from?: Severity;
    readonly to: Severity;
    /**
     * Set while the rule holds `to` (warning or critical) above this
     * run's own severity: the first run of the streak below it, and the
     * day from which the fall counts if every run stays below
     * (`holdSeverity`). The alert stays open meanwhile.
     */
    readonly held?: { readonly since: string; readonly until: string };
  };
  readonly orderBy: {
    readonly from?: string;
    readonly to?: string;
    /** Positive: later; negative: earlier. */
    readonly movedDays?: number;
  };
  readonly ask: {
    readonly fromPorts?: number;
    readonly toPorts: number;
    readonly fromBps?: number;
    readonly toBps: number;
  };
  readonly growth: { readonly from?: number; readonly to: number };
  /** The change in words, for the overview and the email. */
  readonly text: string;
}

/**
 * The hysteresis rule's parameters (README "Changes since the previous
 * run"): a lower severity is reported only once every run for
 * `confirmDays` days saw it, or, on the run that added capacity or planned
 * an augment, once the order-by date is clear of the boundary by
 * `marginDays`; a smaller ask once two runs in a row saw it; an order-by
 * date moves when it drifted by at least `orderByShiftDays` from the
 * reported one; growth when it moved by `growthShiftPct` percentage
 * points a year.
 */
export interface ChangeRule {
  readonly confirmDays: number;
  readonly marginDays: number;
  readonly orderByShiftDays: number;
  readonly growthShiftPct: number;
  /** An order-by date within this many days is `warning`. */
  readonly warningWindowDays: number;
}

/** Default parameters of the hysteresis rule. */
export const DEFAULT_CHANGE_RULE: Omit<ChangeRule, 'warningWindowDays'> = {
  confirmDays: 7,
  marginDays: 14,
  orderByShiftDays: 7,
  growthShiftPct: 5,
};

/**
 * `changes.json`: the changes and the state the next run compares with.
 *
 * @example
 * const c: ChangesReport = { asOf: '2026-11-26', previousAsOf: '2026-11-19',
 *   rule, changes: [], state: [] };
 */
export interface ChangesReport {
  readonly asOf: string;
  /** Undefined on a first run: nothing to compare with. */
  readonly previousAsOf?: string;
  readonly rule: ChangeRule;
  readonly changes: readonly GroupChange[];
  readonly state: readonly TrackedGroup[];
}
