import type { Config } from '#lib/config';
import type { Inventory } from '#lib/domain/inventory';
import { seriesName } from '#lib/domain/stale-series';
import { ShardError } from '#lib/errors';
import type { Deps } from './deps.ts';
import { type Evaluated, evaluateAll } from './evaluate-all.ts';
import { type ModelledSeries, modelSeries } from './model-series.ts';
import { readRunPlan } from './read-run-plan.ts';
import { readShardInput } from './read-shard-input.ts';
import { renderShard, writePages } from './render-shard.ts';
import { readRunJson, runKeys, writeRunJson } from './run-files.ts';
import type { RunPlanFile } from './run-plan-file.ts';
import type { CatalogEntry } from './series-catalog.ts';
import type { ShardResult, ShardSummary } from './shard-result.ts';
import { withUnforecastIsps } from './unforecast-isps.ts';

export type { ShardSummary } from './shard-result.ts';

/**
 * The shard stage (docs/architecture.md "Stages"): reads the shard's
 * Parquet input and inventory, forecasts and evaluates its series, renders
 * its ISPs' pages and writes its results under
 * `runs/<runId>/shards/<shard>/` in the report store, `result.json` last.
 * Idempotent: a retry writes the same files again.
 *
 * @param deps - the ports (the configuration comes from the plan)
 * @param input - the run and the shard
 * @returns the shard, its series count and its duration
 * @throws ShardError naming the shard and the series that failed
 * @example
 * await runShard(deps, { runId: '2026-11-26T060000', shard: 's0001' });
 */
export async function runShard(
  deps: Deps,
  input: { readonly runId: string; readonly shard: string },
): Promise<ShardSummary> {
  const started = performance.now();
  const { runId, shard } = input;
  const keys = runKeys(runId);
  const plan = await readRunPlan(deps.reports, runId);
  const inventory = await readRunJson<Inventory>(
    deps.reports,
    keys.inventory(shard),
  );
  const { entries, histories } = await readShardInput(deps, plan, {
    runId,
    shard,
    inventory,
  });
  const fail = shardFailure(shard);
  const { modelled, stale } = modelEach(entries, histories, plan, fail);
  histories.clear();
  const evaluated = withUnforecastIsps(
    evaluateEach(modelled, inventory, plan, fail),
    stale,
    new Set(plan.splitIsps),
  );
  const result = await renderShard(deps, plan, shard, evaluated);
  await writePages(deps, keys.pages(shard), result.pages);
  const summary: ShardResult = {
    ...result.summary,
    stale: stale.map(seriesName),
  };
  await writeRunJson(deps.reports, keys.result(shard), summary);
  const seconds = (performance.now() - started) / 1000;
  deps.log.info('shard done', { shard, series: modelled.length, seconds });
  return { shard, series: modelled.length, seconds };
}

type Fail = (entry: { level: string; key: string }, error: unknown) => Error;

/** The error of a series that failed: names the shard and the series. */
function shardFailure(shard: string): Fail {
  return (entry, error) =>
    new ShardError(
      `shard ${shard} failed on series ${entry.level}:${entry.key}: ${(error as Error).message}`,
      { cause: error },
    );
}

/** `modelSeries` one entry at a time, so a failure names its series. */
function modelEach(
  entries: readonly CatalogEntry[],
  histories: Parameters<typeof modelSeries>[1],
  plan: RunPlanFile,
  fail: Fail,
) {
  const modelled: ModelledSeries[] = [];
  const stale: CatalogEntry[] = [];
  for (const entry of entries) {
    try {
      const one = modelSeries([entry], histories, plan.asOf, plan.config);
      modelled.push(...one.modelled);
      stale.push(...one.stale);
    } catch (error) {
      throw fail(entry, error);
    }
  }
  return { modelled, stale };
}

/** `evaluateAll`; on failure, finds the series that fails on its own. */
function evaluateEach(
  modelled: readonly ModelledSeries[],
  inventory: Inventory,
  plan: RunPlanFile,
  fail: Fail,
): Evaluated {
  const run = (list: readonly ModelledSeries[], config: Config) =>
    evaluateAll(list, inventory, plan.asOf, config, plan.scenario);
  try {
    return run(modelled, plan.config);
  } catch (error) {
    for (const series of modelled) {
      try {
        run([series], plan.config);
      } catch (own) {
        throw fail(series.entry, own);
      }
    }
    throw fail({ level: 'shard', key: '(all)' }, error);
  }
}
