import type { Logger } from '#lib/ports/logger';
import type { ShardListItem } from './choose-shards.ts';
import type { Deps } from './deps.ts';
import type { RunPlan } from './plan-run.ts';
import { runShard } from './run-shard.ts';
import type { ShardSummary } from './shard-result.ts';

/**
 * Runs every shard of a planned run and resolves when all are done; it
 * rejects with the first shard's error. Locally a worker pool
 * (`lib/wiring/shard-pool.ts`); in tests, in this process.
 */
export type ShardRunner = (
  plan: RunPlan,
  shards: readonly ShardListItem[],
) => Promise<readonly ShardSummary[]>;

/**
 * A `ShardRunner` that runs the shards one after another in this process.
 *
 * @param deps - the ports
 * @returns the runner
 * @example
 * await inProcessShards(deps)(plan, shards);
 */
export function inProcessShards(deps: Deps): ShardRunner {
  return async (plan, shards) => {
    const progress = shardProgress(deps.log, shards);
    const done: ShardSummary[] = [];
    for (const { shard } of shards) {
      done.push(await runShard(deps, { runId: plan.runId, shard }));
      progress(done.at(-1)!);
    }
    return done;
  };
}

/**
 * Logs shards done and the time left, estimated from the series done so
 * far (shards differ in size).
 *
 * @param log - the logger
 * @param shards - every shard of the run
 * @returns a callback to call as each shard finishes
 * @example
 * const progress = shardProgress(deps.log, shards);
 * progress(summary); // "shards 3/12 done, about 40 s left"
 */
export function shardProgress(
  log: Logger,
  shards: readonly ShardListItem[],
): (summary: ShardSummary) => void {
  const started = performance.now();
  const total = shards.reduce((n, s) => n + s.series, 0);
  const sizes = new Map(shards.map((s) => [s.shard, s.series]));
  let done = 0;
  let series = 0;
  return (summary) => {
    done += 1;
    series += sizes.get(summary.shard) ?? 0;
    const elapsed = (performance.now() - started) / 1000;
    const left = series > 0 ? (elapsed * (total - series)) / series : 0;
    log.info(
      `shards ${done}/${shards.length} done, about ${Math.round(left)} s left`,
      { shard: summary.shard, seconds: Math.round(summary.seconds * 10) / 10 },
    );
  };
}
