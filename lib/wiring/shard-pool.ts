import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Config } from '#lib/config';
import { ShardError } from '#lib/errors';
import { type ShardRunner, shardProgress } from '#lib/pipeline/run-shards';
import type { Logger } from '#lib/ports/logger';
import type { ShardTask, ShardTaskResult } from './shard-task.ts';

/** Old-generation heap limit of each shard thread, MB. */
const SHARD_HEAP_MB = 768;

/** Where the workers' local adapters read and write. */
export interface ShardPoolOptions {
  readonly lake: string;
  readonly inventory: string;
  readonly out: string;
  readonly config: Config;
  /** Worker threads (default: the number of cores). */
  readonly workers?: number;
  readonly log: Logger;
}

/**
 * A `ShardRunner` on a pool of worker threads (piscina), one shard per
 * task, largest shards first so that a big one does not finish last alone
 * (docs/architecture.md "How a run flows"). Progress shows shards done and
 * the time left. The pool is closed when the run's shards are done or
 * one fails.
 *
 * @param options - folders, configuration, worker count and logger
 * @returns the runner
 * @example
 * await runPipeline(deps, { runShards: poolShards({ lake, inventory, out,
 *   config, workers: 2, log }) });
 */
export function poolShards(options: ShardPoolOptions): ShardRunner {
  return async (plan, shards) => {
    const workers = options.workers ?? availableParallelism();
    const pool = new Piscina<ShardTask, ShardTaskResult>({
      filename: new URL('./shard-worker.mjs', import.meta.url).href,
      minThreads: 1,
      maxThreads: Math.max(1, Math.min(workers, shards.length)),
      // A shard of 2,000 series peaks near 250 MB of live heap; without a
      // limit V8 lets each thread's heap grow towards 4 GB before
      // collecting, and two threads beside the plan's DuckDB passed 2 GB
      // at 10,000 links (docs/benchmarks.md).
      resourceLimits: { maxOldGenerationSizeMb: SHARD_HEAP_MB },
    });
    const progress = shardProgress(options.log, shards);
    const { lake, inventory, out, config } = options;
    const ordered = [...shards].sort((a, b) => b.series - a.series);
    try {
      const results = await Promise.all(
        ordered.map(async ({ shard, series }) => {
          const task = { lake, inventory, out, config, shard };
          const result = await pool
            .run({ ...task, runId: plan.runId })
            .catch((error: unknown) => {
              throw named(error, shard, series);
            });
          progress(result);
          return result;
        }),
      );
      const peak = Math.max(0, ...results.map((r) => r.maxRssMb));
      options.log.info('shards done', { workers, peakRssMb: Math.round(peak) });
      return results;
    } finally {
      await pool.destroy();
    }
  };
}

/**
 * A worker's error as the run reports it: a shard's own errors already
 * name the shard and the series; a thread that died (out of memory) names
 * nothing, so the shard and its size are added.
 */
function named(error: unknown, shard: string, series: number): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith(`shard ${shard} `)) return error as Error;
  const memory =
    (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
  const hint = memory
    ? ` (its thread ran out of its ${SHARD_HEAP_MB} MB heap: lower shards.maxSeries)`
    : '';
  return new ShardError(
    `shard ${shard} of ${series} series failed in its worker thread${hint}: ${message}`,
    { cause: error },
  );
}

/**
 * The pool for two shards or more, this thread for one: a worker thread
 * loads and compiles the code again (about 3 CPU-seconds), which a lone
 * shard gains nothing from (docs/architecture.md "How a run flows").
 *
 * @param pool - runs shards on worker threads
 * @param single - runs shards in this thread
 * @returns a runner that picks one of the two per run
 * @example
 * const run = poolForMany(poolShards(options), inProcessShards(deps));
 */
export function poolForMany(
  pool: ShardRunner,
  single: ShardRunner,
): ShardRunner {
  return (plan, shards) =>
    shards.length > 1 ? pool(plan, shards) : single(plan, shards);
}
