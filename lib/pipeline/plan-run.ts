import type { Config } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import type { LikelyMember } from '#lib/domain/likely-member';
import type { PageQuality } from '#lib/domain/quality';
import type { Scenario } from '#lib/rules/scenario';
import type { SilentEvent } from '#lib/rules/silent-events';
import { dayLiteral } from '#lib/sql/sql-literals';
import type { ManifestInputs } from './build-manifest.ts';
import { checkedInventory } from './checked-inventory.ts';
import { splitIsps } from './choose-shards.ts';
import { defaultRunId } from './default-run-id.ts';
import type { Deps } from './deps.ts';
import { lastRollup } from './last-rollup.ts';
import { manifestInputs } from './manifest-inputs.ts';
import { type PastReport, pastReports } from './past-points.ts';
import { planShards } from './plan-shards.ts';
import type { RollupSummary } from './rollup.ts';
import { runKeys, writeRunJson } from './run-files.ts';
import { whatIfSilentEvents } from './what-if-silent-events.ts';
import { writeQualityReport } from './write-quality-report.ts';
import type { QualityRowParts } from './write-quality-rows.ts';
import { writeShardInputs } from './write-shard-inputs.ts';

/** What `planRun` needs; the optional fields come from the local flow. */
export interface PlanInput {
  readonly asOf: string;
  readonly runId?: string;
  readonly scenario?: Scenario;
  /** The rollup stage's summary, recorded for the manifest. */
  readonly rollup?: RollupSummary;
}

/** What later stages are told (the stage contract). */
export interface RunPlan {
  readonly runId: string;
  readonly asOf: string;
  readonly shardCount: number;
  /** Key of `shards.json` in the report store. */
  readonly shardListKey: string;
}

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

/**
 * The plan stage (docs/architecture.md "Stages"): validates the
 * inventory, checks the lake covers the window, chooses the
 * shards and writes each shard's input: its window of `series_daily` as
 * Parquet through the query engine (`unload`, partitioned by shard), its
 * inventory, and the run's data-quality report; then `plan.json` and
 * `shards.json` (the Distributed Map's item list) last.
 *
 * @param deps - the ports
 * @param input - the as-of date, an optional run id, scenario and rollup
 * @returns the run id, shard count and where the shard list is
 * @throws InputError for a bad inventory, before anything is written
 * @example
 * const plan = await planRun(deps, { asOf: '2026-11-26' });
 */
export async function planRun(deps: Deps, input: PlanInput): Promise<RunPlan> {
  const { asOf } = input;
  dayLiteral(asOf, 'asOf');
  const started = deps.clock.now();
  const runId = input.runId ?? defaultRunId(asOf, started);
  const keys = runKeys(runId);
  const { config, log } = deps;
  const inventory = await checkedInventory(deps, asOf);
  const window = { from: addDays(asOf, -config.historyDays), to: asOf };
  // On AWS the rollup ran in its own Lambda: its faults come from state.
  const rollup = input.rollup ?? (await lastRollup(deps));
  const { counts, shards } = await planShards(deps, window);
  await writeShardInputs(deps, { runId, window, shards, inventory });
  const quality = { runId, window, inventory, rollup };
  const { silentLinks, likelyMembers, trafficDays, qualityRows } =
    await writeQualityReport(deps, quality);
  const list = shards.map(({ shard, series }) => ({ shard, series }));
  const plan: RunPlanFile = {
    runId,
    asOf,
    startedAt: started.toISOString(),
    window,
    config,
    ...(input.scenario ? { scenario: input.scenario } : {}),
    ...(input.rollup ? { rollup: input.rollup } : {}),
    inputs: manifestInputs({ window, counts, inventory, rollup: input.rollup }),
    shards: shards.map(({ shard, series, rows }) => ({ shard, series, rows })),
    silentLinks,
    ...(likelyMembers.length > 0 ? { likelyMembers } : {}),
    trafficDays,
    qualityRows,
    ...whatIfSilentEvents(log, input, inventory.links, silentLinks),
    splitIsps: splitIsps(shards),
    pastReports: input.scenario ? [] : await pastReports(deps.reports, window),
  };
  await writeRunJson(deps.reports, keys.plan, plan);
  await writeRunJson(deps.reports, keys.shardList, list);
  log.info('planned', { runId, shards: list.length, series: sum(list) });
  return { runId, asOf, shardCount: list.length, shardListKey: keys.shardList };
}

const sum = (list: readonly { series: number }[]) =>
  list.reduce((n, s) => n + s.series, 0);
