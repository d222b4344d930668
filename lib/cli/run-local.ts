import { join, relative } from 'node:path';
import type { Config } from '#lib/config';
import type { Deps } from '#lib/pipeline/deps';
import {
  type RunInput,
  type RunSummary,
  runPipeline,
} from '#lib/pipeline/run-pipeline';
import { inProcessShards } from '#lib/pipeline/run-shards';
import { sampleStamp } from '#lib/sample/index';
import { buildLocalDeps, sweepLocalLeftovers } from '#lib/wiring/local';
import { readConfigFile, readScenarioFile } from '#lib/wiring/read-config-file';
import { poolForMany, poolShards } from '#lib/wiring/shard-pool';
import { undoNewOut } from '#lib/wiring/undo-new-out';
import { checkInventory } from './check-inventory.ts';
import { checkOutsideLakeTables } from './check-outside-lake-tables.ts';
import { checkLake, checkOut } from './check-run-folders.ts';
import { formatRunSummary } from './format-run-summary.ts';

/** Folders and files of a local run (absolute paths). */
export interface LocalRunOptions {
  readonly lake: string;
  readonly inventory: string;
  readonly out: string;
  readonly configFile?: string;
  readonly asOf?: string;
  readonly scenarioFile?: string;
  readonly quiet: boolean;
  /** Worker threads for the shards; 0 runs them in this thread. */
  readonly workers?: number;
}

/**
 * Runs the pipeline on local files. It prints nothing on stdout: the
 * command prints the summary it returns (`printRunSummary`), while a
 * caller that wants the run alone (a benchmark rolling up its sample)
 * prints nothing; `quiet` keeps the log to warnings and errors.
 *
 * @param options - folders, configuration file, as-of date, scenario
 * @returns the run's summary
 * @example
 * printRunSummary(options, await runLocal(options));
 */
export async function runLocal(options: LocalRunOptions): Promise<RunSummary> {
  const config = await readConfigFile(options.configFile);
  await checkOut(options.out);
  await checkLake(options.lake);
  await checkOutsideLakeTables(options.out, options.lake, '--out');
  await checkInventory(options.inventory);
  const stamp = await sampleStamp(options.lake);
  const whatIf = options.scenarioFile
    ? await readScenarioFile(options.scenarioFile)
    : undefined;
  // A refused run leaves a new --out as it found it: not there.
  return undoNewOut(options.out, async () => {
    const deps = await buildLocalDeps({ ...options, config });
    try {
      await sweepLocalLeftovers(options, deps);
      return await runPipeline(deps, {
        ...shardPool(options, config, deps),
        ...(options.asOf ? { asOf: options.asOf } : {}),
        ...(whatIf
          ? { scenario: whatIf.scenario, scenarioSource: whatIf.source }
          : {}),
        // Again once the lake is locked: a sample may have replaced it
        // meanwhile (its inventory too), or stopped midway, leaving the
        // lock to this run.
        checkLake: () => checkLake(options.lake, stamp),
      });
    } finally {
      await deps.engine.close();
    }
  });
}

/** The shards' worker pool when `workers` asks for one (else none). */
function shardPool(
  options: LocalRunOptions,
  config: Config,
  deps: Deps,
): Pick<RunInput, 'runShards'> {
  const workers = options.workers ?? 0;
  return workers > 0
    ? {
        runShards: poolForMany(
          poolShards({ ...options, config, log: deps.log }),
          inProcessShards(deps),
        ),
      }
    : {};
}

/**
 * Prints a run's summary on stdout: the most urgent groups, data-quality
 * counts and where the report is, named by its path from the working
 * folder, or by its absolute path when it lies outside it.
 *
 * @param options - the run's `out` folder and scenario file
 * @param summary - what `runLocal` returned
 * @example
 * printRunSummary(options, await runLocal(options));
 */
export function printRunSummary(
  options: Pick<LocalRunOptions, 'out' | 'scenarioFile'>,
  summary: RunSummary,
): void {
  const index = join(options.out, summary.folder, 'index.html');
  const shown = relative(process.cwd(), index);
  const whatIf = options.scenarioFile !== undefined;
  process.stdout.write(
    formatRunSummary(summary, shown.startsWith('..') ? index : shown, whatIf),
  );
}
