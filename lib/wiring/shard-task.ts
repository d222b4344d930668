import type { Config } from '#lib/config';
import type { Deps } from '#lib/pipeline/deps';
import { runShard, type ShardSummary } from '#lib/pipeline/run-shard';
import { buildLocalDeps } from './local.ts';

/** One shard for a worker thread: plain data, as threads exchange it. */
export interface ShardTask {
  readonly lake: string;
  readonly inventory: string;
  readonly out: string;
  readonly config: Config;
  readonly runId: string;
  readonly shard: string;
}

/** What a worker returns: the shard's summary and its thread's heap peak. */
export interface ShardTaskResult extends ShardSummary {
  /** Peak resident memory of the process so far, in MB (threads share it). */
  readonly maxRssMb: number;
}

// Built once per worker thread and reused for every shard it runs.
let deps: Promise<Deps> | undefined;

/**
 * Runs one shard in a worker thread with local adapters (quiet logger: the
 * main thread reports progress).
 *
 * @param task - folders, configuration, run and shard
 * @returns the shard's summary
 * @example
 * await runShardTask({ lake, inventory, out, config, runId, shard: 's0001' });
 */
export async function runShardTask(task: ShardTask): Promise<ShardTaskResult> {
  deps ??= buildLocalDeps({
    lake: task.lake,
    inventory: task.inventory,
    out: task.out,
    config: task.config,
    quiet: true,
    // A shard's engine only lists and reads files: keep DuckDB small.
    memoryLimit: '256MB',
  });
  const summary = await runShard(await deps, {
    runId: task.runId,
    shard: task.shard,
  });
  return { ...summary, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}
