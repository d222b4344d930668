import { addDays } from '#lib/domain/dates';
import type { Scenario } from '#lib/rules/scenario';
import { dayLiteral } from '#lib/sql/sql-literals';
import { checkedInventory } from './checked-inventory.ts';
import { defaultRunId } from './default-run-id.ts';
import type { Deps } from './deps.ts';
import type { LakeHold } from './lake-lock.ts';
import { lastRollup } from './last-rollup.ts';
import { withPlanLakeLock } from './plan-lake-lock.ts';
import { planShards } from './plan-shards.ts';
import { renewingStore } from './renewing-store.ts';
import type { RollupSummary } from './rollup.ts';
import { runKeys, writeRunJson } from './run-files.ts';
import { buildRunPlanFile } from './run-plan-file.ts';
import { writeQualityReport } from './write-quality-report.ts';
import { writeShardInputs } from './write-shard-inputs.ts';

/** What `planRun` needs; the optional fields come from the local flow. */
export interface PlanInput {
  readonly asOf: string;
  readonly runId?: string;
  readonly scenario?: Scenario;
  /** The rollup stage's summary, recorded for the manifest. */
  readonly rollup?: RollupSummary;
  /**
   * How the plan holds the lake's lock: its wait and end, or the local
   * run's hold across its rollup and plan (`LakeHold`).
   */
  readonly lakeLock?: Omit<LakeHold, 'stage'>;
  /**
   * The state machine's execution (AWS), whose own rollup's faults the
   * report states (`lastRollup`), not another execution's.
   */
  readonly execution?: string;
}

/** What later stages are told (the stage contract). */
export interface RunPlan {
  readonly runId: string;
  readonly asOf: string;
  readonly shardCount: number;
  /** Key of `shards.json` in the report store. */
  readonly shardListKey: string;
}

/**
 * The plan stage (docs/architecture.md "Stages"): validates the
 * inventory, checks the lake covers the window, chooses the
 * shards and writes each shard's input: its window of `series_daily` as
 * Parquet through the query engine (`unload`, partitioned by shard), its
 * inventory, and the run's data-quality report; then `plan.json` and
 * `shards.json` (the Distributed Map's item list) last. It holds the
 * lake's lock throughout (`lakeLock`, renewed on its writes to the
 * report store), so that no rollup writes a day while the plan reads it:
 * a day being written again holds its new files beside its old ones
 * for a moment, and a plan reading them counted the day twice
 * (docs/architecture.md "Rolling up", the lake's lock).
 *
 * @param deps - the ports
 * @param input - the as-of date, an optional run id, scenario, rollup
 *   and how to wait for the lake's lock
 * @returns the run id, shard count and where the shard list is
 * @throws InputError for a bad inventory, before anything is written
 * @throws RunLockedError naming the holder when a rollup holds the lake
 *   past the wait (in a Lambda, `LakeLockedError`: its state machine
 *   tries the plan again)
 * @example
 * const plan = await planRun(deps, { asOf: '2026-11-26' });
 */
export async function planRun(deps: Deps, input: PlanInput): Promise<RunPlan> {
  dayLiteral(input.asOf, 'asOf');
  const hold = { ...input.lakeLock, stage: 'plan' as const };
  return withPlanLakeLock(deps, hold, async (keep) => {
    const reports = renewingStore(deps.reports, keep);
    return planHoldingLake({ ...deps, reports }, input);
  });
}

async function planHoldingLake(deps: Deps, input: PlanInput): Promise<RunPlan> {
  const { asOf } = input;
  const started = deps.clock.now();
  const runId = input.runId ?? defaultRunId(asOf, started);
  const keys = runKeys(runId);
  const inventory = await checkedInventory(deps, asOf);
  const window = { from: addDays(asOf, -deps.config.historyDays), to: asOf };
  // On AWS the rollup ran in its own Lambda: its faults come from state.
  const rollup = input.rollup ?? (await lastRollup(deps, input.execution));
  const { counts, shards } = await planShards(deps, window);
  await writeShardInputs(deps, { runId, window, shards, inventory });
  const quality = await writeQualityReport(deps, {
    runId,
    window,
    inventory,
    rollup,
  });
  const planned = { runId, started, window, input, counts, shards };
  const plan = await buildRunPlanFile(deps, {
    ...planned,
    inventory,
    quality,
  });
  const list = shards.map(({ shard, series }) => ({ shard, series }));
  await writeRunJson(deps.reports, keys.plan, plan);
  await writeRunJson(deps.reports, keys.shardList, list);
  deps.log.info('planned', { runId, shards: list.length, series: sum(list) });
  return { runId, asOf, shardCount: list.length, shardListKey: keys.shardList };
}

const sum = (list: readonly { series: number }[]) =>
  list.reduce((n, s) => n + s.series, 0);
