import { toDay } from '#lib/domain/dates';
import type { Logger } from '#lib/ports/logger';
import { checkScenarioNames } from '#lib/rules/check-scenario';
import { checkScenarioDates } from '#lib/rules/check-scenario-dates';
import type { Scenario } from '#lib/rules/scenario';
import type { ScenarioSource } from '#lib/rules/scenario-file';
import type { ShardListItem } from './choose-shards.ts';
import { defaultRunId } from './default-run-id.ts';
import type { Deps } from './deps.ts';
import { loadInventory } from './load-inventory.ts';
import { planRun } from './plan-run.ts';
import { publishRun, type RunSummary } from './publish-run.ts';
import { LAKE_LOCK_WAIT_MS, rollupStage } from './rollup-stage.ts';
import { readRunJson, runKeys } from './run-files.ts';
import { inProcessShards, type ShardRunner } from './run-shards.ts';
import { checkScenarioFolder } from './scenario-folder.ts';
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
  /**
   * Checks the lake once the rollup, then the plan, holds its lock
   * (`RollupStageInput`).
   */
  readonly checkLake?: () => Promise<void>;
}

/**
 * One whole run, the local flow of docs/architecture.md "How a run
 * flows": rollup, plan, the shards (forecast, evaluate, ISP pages),
 * publish (report, then notify). The inventory, and the names a what-if
 * scenario gives and its report folder (`checkScenarioFolder`), are
 * validated before anything is written; reports are published before
 * notifications so that every link in a message resolves. A shard that fails fails the
 * run before publish: `latest/` and the notification state stay as they
 * were. The run's working files are removed at the end. One run per
 * report store at a time: the run holds the store's lock (`withRunLock`).
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
  const lockWait = { waitMs: LAKE_LOCK_WAIT_MS, whileWaiting: keepRunLock };
  const rollup = await stage('rollup', () =>
    rollupStage(deps, { asOf, links, lockWait, checkLake: input.checkLake }),
  );
  try {
    const plan = await stage('plan', () =>
      planRun(deps, {
        asOf,
        runId,
        rollup,
        lakeLock: { wait: lockWait, checkLake: input.checkLake },
        ...(input.scenario ? { scenario: input.scenario } : {}),
      }),
    );
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

/**
 * Logs each stage's wall time, this process's CPU time (worker threads
 * included) and peak memory when it ends: the figures of the README's
 * scale benchmark come from these lines.
 */
function stageTimer(log: Logger) {
  return async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const began = performance.now();
    const cpu = process.cpuUsage();
    const result = await work();
    const used = process.cpuUsage(cpu);
    log.info('stage done', {
      stage: name,
      seconds: round((performance.now() - began) / 1000),
      cpuSeconds: round((used.user + used.system) / 1e6),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    });
    return result;
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Removes a run's shard inputs (lake) and working files (report store). */
async function removeRunFiles(deps: Deps, runId: string): Promise<void> {
  const { root } = runKeys(runId);
  await deps.engine.removeUnloaded(root);
  await deps.reports.delete(await deps.reports.list(`${root}/`));
}
