/**
 * The fixed word lists of docs/architecture.md, as `as const` arrays so that infra,
 * validation and rendering share one spelling.
 *
 * @example
 * LINK_TYPES.includes('pni'); // true
 */

/** Kinds of link from our edge to an ISP. */
export const LINK_TYPES = ['pni', 'ix', 'transit', 'cache'] as const;
/** A link type: private interconnect, IX port, transit or embedded cache. */
export type LinkType = (typeof LINK_TYPES)[number];

/** Levels a daily series is rolled up at. */
export const SERIES_LEVELS = ['link', 'group', 'isp'] as const;
/** The level of a daily series. */
export type SeriesLevel = (typeof SERIES_LEVELS)[number];

/**
 * The lake's tables the SQL reads by name, each a folder of `dt=` folders
 * (docs/architecture.md "Data contracts").
 */
export const LAKE_TABLES = [
  'traffic',
  'series_daily',
  'quality_daily',
] as const;
/** A table of the lake. */
export type LakeTable = (typeof LAKE_TABLES)[number];

/** Severities, from least to most urgent. */
export const SEVERITIES = ['ok', 'watch', 'warning', 'critical'] as const;
/** How urgent a series is (docs/architecture.md "Data contracts"). */
export type Severity = (typeof SEVERITIES)[number];

/**
 * Urgency rank of a severity (ok = 0 … critical = 3).
 *
 * @param severity - the severity
 * @returns its index in `SEVERITIES`
 * @example
 * severityRank('critical'); // 3
 */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/**
 * The severities a group is "at risk" at, most urgent first: an augment
 * to order, now or soon. What the ISP figures count (`groupsAtRisk`),
 * what is alerted, and what the console lists; at watch there is nothing
 * to order yet, so an ISP's worst severity may be watch with none at risk.
 */
export const AT_RISK_SEVERITIES = ['critical', 'warning'] as const;

/**
 * Whether a severity is one a group is at risk at (`AT_RISK_SEVERITIES`).
 *
 * @param severity - the group's severity
 * @returns true at warning or critical
 * @example
 * isAtRisk('watch'); // false
 */
export function isAtRisk(severity: Severity): boolean {
  return (AT_RISK_SEVERITIES as readonly Severity[]).includes(severity);
}

/** Kinds of bad traffic row the rollup counts instead of fitting. */
export const QUALITY_KINDS = [
  'non_finite',
  'negative',
  'duplicate',
  'spike',
  'zero',
  'unknown_link',
  'missing_samples',
  'wrong_partition',
  'unaligned',
  'capacity_replaced',
  'second_poller',
] as const;
/** One kind of data-quality problem. */
export type QualityKind = (typeof QUALITY_KINDS)[number];

/**
 * The pipeline's stages, one Lambda each in a run's state machine, used by
 * infra to name functions and alarms.
 */
export const STAGES = ['rollup', 'plan', 'shard', 'publish'] as const;
/** A stage of a run. */
export type Stage = (typeof STAGES)[number];

/**
 * Every Lambda of the pipeline stack: the run's stages and the monthly
 * decision backtest, which runs on a schedule of its own, outside the
 * run (README "The daily run on AWS").
 */
export const PIPELINE_FUNCTIONS = [...STAGES, 'backtest'] as const;
/** A Lambda of the pipeline stack. */
export type PipelineFunctionName = (typeof PIPELINE_FUNCTIONS)[number];

/**
 * Days the working files (`runs/<runId>/`) of a run that did not finish
 * are kept, time to look into why: on AWS the buckets' lifecycle rule,
 * locally the sweep at the start of a run (docs/architecture.md
 * "Leftovers").
 */
export const RUN_FILES_KEPT_DAYS = 7;

/**
 * The lake's lock, in the lake's store: held by a rollup while it writes
 * and by the readers (the plan, the backtest's plan) while they read
 * (`lakeLock`); the pipeline's roles are granted this key alone of the
 * lake's `state/` to write, where they only read the lake.
 */
export const ROLLUP_LOCK_KEY = 'state/rollup.lock';

/**
 * Where an execution's rollup keeps its summary for that execution's plan
 * in the report store (`runRollupKey`): under `runs/`, expiring with the
 * runs' working files.
 */
export const RUN_ROLLUPS_PREFIX = 'runs/rollups/';

/**
 * Where the as-of dates' run locks live in the report store: one
 * execution per date on AWS (`claimRunDate`; the state machine releases a
 * failed run's, and a lifecycle rule expires them).
 */
export const RUN_DATE_LOCK_PREFIX = 'locks/';

/**
 * The report-store key of an as-of date's run lock; the state machine
 * formats the same key with `'{}'` for the date.
 *
 * @param asOf - the run's as-of date
 * @returns the key
 * @example
 * runDateLockKey('2026-11-26'); // 'locks/run-2026-11-26.lock'
 */
export function runDateLockKey(asOf: string): string {
  return `${RUN_DATE_LOCK_PREFIX}run-${asOf}.lock`;
}
