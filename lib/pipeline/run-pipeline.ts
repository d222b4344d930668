import { toDay } from '#lib/domain/dates';
import type { InventoryLink } from '#lib/domain/inventory';
import { checkScenarioNames } from '#lib/rules/check-scenario';
import { checkScenarioDates } from '#lib/rules/check-scenario-dates';
import type { Scenario } from '#lib/rules/scenario';
import type { ScenarioSource } from '#lib/rules/scenario-file';
import type { ShardListItem } from './choose-shards.ts';
import { defaultRunId } from './default-run-id.ts';
import type { Deps } from './deps.ts';
import { LAKE_LOCK_WAIT_MS, withLakeLock } from './lake-lock.ts';
import { loadInventory } from './load-inventory.ts';
import { planRun, type RunPlan } from './plan-run.ts';
import { publishRun, type RunSummary } from './publish-run.ts';
import { rollupStage } from './rollup-stage.ts';
import { undoNewRollupState } from './rollup-state.ts';
import { readRunJson, removeRunFiles } from './run-files.ts';
import { inProcessShards, type ShardRunner } from './run-shards.ts';
import { checkScenarioFolder } from './scenario-folder.ts';
import { stageTimer } from './stage-timer.ts';
import type { LockWait } from './wait-for-lock.ts';
import { withRunLock } from './with-run-lock.ts';

export type { RunSummary } from './publish-run.ts';

/** What to run: the as-of date ("today") and an optional what-if. */
export interface RunInput {
  readonly asOf?: string;
  readonly scenario?: Scenario;
  /** The scenario's file and the line of its name, for messages. */
  readonly scenarioSource?: ScenarioSource;
  /** Runs the shards (default: one after another in this process). */
  readonly runShards?: ShardRunner;
  /** Checks the lake once the run holds its lock (`rollUpAndPlan`). */
  readonly checkLake?: () => Promise<void>;
}

/**
 * One whole run, the local flow of docs/architecture.md "How a run flows":
 * rollup, plan, the shards (forecast, evaluate, ISP pages), publish (report,
 * then notify). The inventory, and the names a what-if scenario gives and its
 * report folder (`checkScenarioFolder`), are validated before anything is
 * written; reports are published before notifications so that every link in a
 * message resolves. A shard that fails fails the run before publish: `latest/`
 * and the notification state stay as they were. The run's working files are
 * removed at the end. One run per report store at a time: the run holds the
 * store's lock (`withRunLock`).
 *
 * @param deps - the ports (local or AWS)
 * @param input - as-of date (default: today from the clock), scenario and
 *   shard runner
 * @returns a summary of the run
 * @example
 * const summary = await runPipeline(deps, { asOf: '2026-11-26' });
 */
export async function runPipeline(
  deps: Deps,
  input: RunInput = {},
): Promise<RunSummary> {
  return withRunLock(deps, (locked, keep) => runLocked(locked, input, keep));
}

async function runLocked(
  deps: Deps,
  input: RunInput,
  keepRunLock: () => Promise<void>,
): Promise<RunSummary> {
  const started = deps.clock.now();
  const asOf = input.asOf ?? toDay(started);
  const runId = defaultRunId(asOf, started);
  const { links } = await loadInventory(
    deps.inventory,
    deps.config,
    deps.inventoryLocation,
    { asOf, today: toDay(started) },
  );
  if (input.scenario) await checkWhatIf(deps, input, links, asOf);
  const stage = stageTimer(deps.log);
  const wait = { waitMs: LAKE_LOCK_WAIT_MS, whileWaiting: keepRunLock };
  const run = { asOf, runId, links, stage, wait };
  const plan = await undoNewRollupState(deps, () =>
    rollUpAndPlan(deps, input, run),
  );
  try {
    const shards = await readRunJson<ShardListItem[]>(
      deps.reports,
      plan.shardListKey,
    );
    const runShards = input.runShards ?? inProcessShards(deps);
    await stage('shards', () => runShards(plan, shards));
    return await stage('publish', () => publishRun(deps, { runId }));
  } finally {
    await removeRunFiles(deps, runId);
  }
}

/**
 * The rollup, then the plan, holding the lake's lock once across both
 * (`withLakeLock`, waiting for another run's as `wait` says): taken again for
 * the plan, it let another run's rollup in between, which changed the days this
 * run's plan then read. A plan that fails leaves no working files
 * (`removeRunFiles`), nor a first `state/rollup.json` (`undoNewRollupState`).
 */
async function rollUpAndPlan(
  deps: Deps,
  input: RunInput,
  run: {
    readonly asOf: string;
    readonly runId: string;
    readonly links: readonly InventoryLink[];
    readonly stage: ReturnType<typeof stageTimer>;
    readonly wait: LockWait;
  },
): Promise<RunPlan> {
  const { asOf, runId, links, stage } = run;
  return withLakeLock(deps, { wait: run.wait }, async (held) => {
    await input.checkLake?.();
    const rollup = await stage('rollup', () =>
      rollupStage(deps, { asOf, links, heldLake: held }),
    );
    const { scenario } = input;
    const plan = { asOf, runId, rollup, lakeLock: { held } };
    return stage('plan', () =>
      planRun(deps, { ...plan, ...(scenario ? { scenario } : {}) }),
    ).catch(async (error: unknown) => {
      await removeRunFiles(deps, runId);
      throw error;
    });
  });
}

/**
 * A what-if's names, dates and report folder, checked before anything is
 * written (`checkScenarioNames`, `checkScenarioDates`, `checkScenarioFolder`).
 */
async function checkWhatIf(
  deps: Deps,
  input: RunInput,
  links: Parameters<typeof checkScenarioNames>[1],
  asOf: string,
): Promise<void> {
  const scenario = input.scenario!;
  const source = input.scenarioSource;
  checkScenarioNames(scenario, links, source, asOf);
  checkScenarioDates(scenario, asOf, deps.config, source);
  await checkScenarioFolder(deps.reports, scenario, source);
}
