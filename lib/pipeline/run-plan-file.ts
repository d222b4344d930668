import type { Config } from '#lib/config';
import type { Inventory } from '#lib/domain/inventory';
import type { LikelyMember } from '#lib/domain/likely-member';
import type { PageQuality } from '#lib/domain/quality';
import type { Scenario } from '#lib/rules/scenario';
import type { SilentEvent } from '#lib/rules/silent-events';
import type { DayWindow } from '#lib/sql/select-series';
import type { ManifestInputs } from './build-manifest.ts';
import { splitIsps } from './choose-shards.ts';
import type { Deps } from './deps.ts';
import { manifestInputs } from './manifest-inputs.ts';
import { type PastReport, pastReports } from './past-points.ts';
import type { ShardPlan } from './plan-shards.ts';
import type { RollupSummary } from './rollup.ts';
import { whatIfSilentEvents } from './what-if-silent-events.ts';
import type { WrittenQuality } from './write-quality-report.ts';
import type { QualityRowParts } from './write-quality-rows.ts';

/** `runs/<runId>/plan.json`: everything the shards and publish need. */
export interface RunPlanFile {
  readonly runId: string;
  readonly asOf: string;
  readonly startedAt: string;
  readonly window: { readonly from: string; readonly to: string };
  readonly config: Config;
  readonly scenario?: Scenario;
  readonly rollup?: RollupSummary;
  readonly inputs: Omit<ManifestInputs, 'staleSeries'>;
  /** Each shard's series and daily rows (its input is checked on both). */
  readonly shards: readonly { shard: string; series: number; rows: number }[];
  /**
   * Inventory links with no traffic in the window: the shards judge their
   * bundles without them (docs/architecture.md "Bundles with a silent
   * link"; absent in older plans).
   */
  readonly silentLinks?: readonly string[];
  /**
   * Links not in links.csv whose ids read like a bundle's members': the
   * shards note them by their bundle's chart (docs/architecture.md
   * "Links not yet in links.csv"; absent when none, and in older plans).
   */
  readonly likelyMembers?: readonly LikelyMember[];
  /**
   * The data-quality report's days with no traffic and first day with
   * traffic: with `likelyMembers`, all the ISP pages read of it
   * (`PageQuality`), so the shards read no `quality.json`
   * (docs/architecture.md "The plan's memory"; absent in older plans).
   */
  readonly trafficDays?: Pick<PageQuality, 'firstTrafficDay' | 'missingDays'>;
  /**
   * How the data-quality report's per-link rows were written, in parts
   * beside `quality.json`, with the overview's top links among them
   * (`writeQualityRowsKeepingTop`; absent in older plans, whose
   * `quality.json` holds them: docs/architecture.md "The plan's memory").
   */
  readonly qualityRows?: QualityRowParts;
  /** A what-if's events that change nothing, named by its banner. */
  readonly silentEvents?: readonly SilentEvent[];
  /** ISPs split by group over several shards: publish makes their pages. */
  readonly splitIsps: readonly string[];
  /** Past runs whose points the shards score (none in a what-if; absent in older plans). */
  readonly pastReports?: readonly PastReport[];
}

/** What the plan found and wrote before `plan.json`. */
export interface PlannedRun extends ShardPlan {
  readonly runId: string;
  readonly started: Date;
  readonly window: DayWindow;
  /** The as-of date, and the local flow's scenario and rollup summary. */
  readonly input: {
    readonly asOf: string;
    readonly scenario?: Scenario;
    readonly rollup?: RollupSummary;
  };
  readonly inventory: Inventory;
  readonly quality: WrittenQuality;
}

/**
 * `plan.json` of a run the plan has chosen the shards of and written the
 * inputs and data-quality report of: what the shards and publish read of
 * it, the past reports the shards score (none in a what-if), and a
 * what-if's events that change nothing (warned of as they are found).
 *
 * @param deps - the configuration, logger and report store
 * @param run - what the plan found and wrote
 * @returns the plan file, to be written last
 * @example
 * const plan = await buildRunPlanFile(deps, { runId, started, window,
 *   input, counts, shards, inventory, quality });
 */
export async function buildRunPlanFile(
  deps: Pick<Deps, 'config' | 'log' | 'reports'>,
  run: PlannedRun,
): Promise<RunPlanFile> {
  const { window, input, counts, inventory, shards } = run;
  const { silentLinks, likelyMembers, trafficDays, qualityRows } = run.quality;
  return {
    runId: run.runId,
    asOf: input.asOf,
    startedAt: run.started.toISOString(),
    window,
    config: deps.config,
    ...(input.scenario ? { scenario: input.scenario } : {}),
    ...(input.rollup ? { rollup: input.rollup } : {}),
    inputs: manifestInputs({ window, counts, inventory, rollup: input.rollup }),
    shards: shards.map(({ shard, series, rows }) => ({ shard, series, rows })),
    silentLinks,
    ...(likelyMembers.length > 0 ? { likelyMembers } : {}),
    trafficDays,
    qualityRows,
    ...whatIfSilentEvents(deps.log, input, inventory.links, silentLinks),
    splitIsps: splitIsps(shards),
    pastReports: input.scenario ? [] : await pastReports(deps.reports, window),
  };
}
