import { ShardError } from '#lib/errors';
import type { RunPlanFile } from './plan-run.ts';
import { runKeys } from './run-files.ts';

/**
 * Checks that a shard read every series the plan unloaded for it
 * (`plan.json` lists each shard's count): input files removed or
 * replaced after the plan (a lifecycle rule, a hand clean-up, a
 * `headroom sample` written again over the lake) would otherwise make
 * a report that silently lacks those series, or has none at all.
 *
 * @param plan - the run's plan
 * @param shard - the shard
 * @param read - the series the shard read from its input
 * @throws ShardError naming the shard, its input folder and both counts
 * @example
 * checkShardInput(plan, 's0001', series.length);
 */
export function checkShardInput(
  plan: Pick<RunPlanFile, 'runId' | 'shards'>,
  shard: string,
  read: number,
): void {
  const planned = plan.shards.find((s) => s.shard === shard)?.series;
  if (planned === read) return;
  const { prefix, partitionBy } = runKeys(plan.runId).series;
  const folder = `${prefix}/${partitionBy}=${shard}/`;
  throw new ShardError(
    `shard ${shard}'s input (${folder} in the lake) holds ${read} series ` +
      `where the plan wrote ${planned ?? 'none'}: its files were removed ` +
      'or replaced after the plan; run again',
  );
}
