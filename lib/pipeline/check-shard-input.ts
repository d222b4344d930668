import { seriesName } from '#lib/domain/stale-series';
import { ShardError } from '#lib/errors';
import type { ShardSeries } from './catalog-figures.ts';
import { runKeys } from './run-files.ts';
import type { RunPlanFile } from './run-plan-file.ts';

/**
 * Checks that a shard read every series and every daily row the plan
 * unloaded for it (`plan.json` lists each shard's counts): input files
 * removed, cut short or replaced after the plan (a lifecycle rule, a
 * hand clean-up, a `headroom sample` written again over the lake, another
 * run's input) would otherwise make a report that silently lacks those
 * series or days, or forecasts from other data.
 *
 * @param plan - the run's plan
 * @param shard - the shard
 * @param read - the series the shard read from its input
 * @throws ShardError naming the shard, its input folder and both counts
 * @example
 * checkShardInput(plan, 's0001', series);
 */
export function checkShardInput(
  plan: Pick<RunPlanFile, 'runId' | 'shards'>,
  shard: string,
  read: readonly Pick<ShardSeries, 'rows'>[],
): void {
  const planned = plan.shards.find((s) => s.shard === shard);
  const rows = read.reduce((n, s) => n + s.rows, 0);
  if (planned?.series === read.length && planned.rows === rows) return;
  const { prefix, partitionBy } = runKeys(plan.runId).series;
  const folder = `${prefix}/${partitionBy}=${shard}/`;
  const wrote = planned
    ? `${planned.series} series and ${planned.rows} daily rows`
    : 'none';
  throw new ShardError(
    `shard ${shard}'s input (${folder} in the lake) holds ${read.length} ` +
      `series and ${rows} daily rows where the plan wrote ${wrote}: its ` +
      'files were removed, cut short or replaced after the plan; run again',
  );
}

/**
 * Checks that the shard's inventory knows every series of its input with
 * a usable peak: the catalog leaves out a series its inventory lacks, so
 * an `inventory.json` replaced or cut after the plan (another shard's, a
 * link gone), or a `links.csv` changed between the rollup and the plan,
 * would otherwise make a report silently short of those series.
 *
 * @param run - the run and the shard
 * @param read - the series the shard read from its input
 * @param known - the catalog entries made of them
 * @throws ShardError naming the inventory file, the counts and a series
 * @example
 * checkShardInventory({ runId, shard }, series, entries);
 */
export function checkShardInventory(
  run: { readonly runId: string; readonly shard: string },
  read: readonly Pick<ShardSeries, 'history' | 'observedDays'>[],
  known: readonly { readonly level: string; readonly key: string }[],
): void {
  const ids = new Set(known.map(seriesName));
  const lacking = read
    .filter((s) => s.observedDays > 0)
    .map(({ history }) => seriesName(history))
    .filter((id) => !ids.has(id));
  if (lacking.length === 0) return;
  const file = runKeys(run.runId).inventory(run.shard);
  throw new ShardError(
    `shard ${run.shard}'s inventory (${file}) lacks ${lacking.length} of ` +
      `the ${ids.size + lacking.length} series its input holds (first: ` +
      `${lacking[0]}): the file was replaced after the plan, or links.csv ` +
      'changed between the rollup and the plan; run again',
  );
}
