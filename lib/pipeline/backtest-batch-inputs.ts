import type { Inventory } from '#lib/domain/inventory';
import { forEachLimited } from '#lib/for-each-limited';
import type { UnloadedPartition } from '#lib/ports/query-engine';
import { backtestSeriesSql } from '#lib/sql/backtest-input';
import { type backtestKeys, batchName } from './backtest-files.ts';
import { backtestWindow } from './backtest-series.ts';
import type { GroupBatch } from './batch-by-group.ts';
import type { Deps } from './deps.ts';
import type { BacktestPlan } from './plan-backtest.ts';
import { regroupedLinks } from './regrouped-links.ts';
import type { BacktestDeps } from './run-backtest.ts';
import { writeRunJson } from './run-files.ts';

/** Batch inventories written at once. */
const IN_FLIGHT = 8;

/**
 * What each batch of a split backtest reads (`planBacktestBatches`): its
 * inventory under `runs/<backtestId>/`, and every batch's rows with one
 * partitioned UNLOAD into the lake's `runs/<backtestId>/series/` (one
 * scan of `series_daily`; its links placed by their groups in links.csv,
 * `regroupedLinks`), described at once so that a batch whose files
 * are gone fails rather than reading no rows.
 *
 * @param deps - query engine, configuration, report store
 * @param plan - the backtest's plan
 * @param parts - its batches (`batchByGroup`)
 * @param keys - the backtest's keys (`backtestKeys`)
 * @returns the batches' names and what the unload wrote for each
 * @example
 * const { batches, unloaded } = await writeBatchInputs(deps, plan, parts,
 *   backtestKeys(backtestId));
 */
export async function writeBatchInputs(
  deps: BacktestDeps & Pick<Deps, 'reports'>,
  plan: BacktestPlan,
  parts: readonly GroupBatch[],
  keys: ReturnType<typeof backtestKeys>,
): Promise<{ batches: string[]; unloaded: UnloadedPartition[] }> {
  const batches = parts.map((_, index) => batchName(index));
  await forEachLimited(parts, IN_FLIGHT, async ({ links }, index) => {
    const groups = new Set(links.map((link) => link.group));
    const part: Inventory = {
      links,
      augments: plan.inventory.augments.filter((a) => groups.has(a.group)),
    };
    await writeRunJson(deps.reports, keys.inventory(batches[index]!), part);
  });
  if (parts.length === 0) return { batches, unloaded: [] };
  const window = backtestWindow(
    plan.asOfDates,
    plan.inventory.links,
    deps.config,
  );
  const starts = parts.map(({ firstGroup }, index) => ({
    batch: batches[index]!,
    firstGroup,
  }));
  // Links placed by links.csv, as the run places them, where the last
  // rollup grouped them otherwise.
  const regrouped = await regroupedLinks(deps, plan.inventory.links);
  await deps.engine.unload(
    backtestSeriesSql(window, starts, regrouped),
    keys.series,
  );
  const unloaded = await deps.engine.describeUnloaded(keys.series);
  return { batches, unloaded };
}
