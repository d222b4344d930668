import type { BacktestCase } from '#lib/domain/backtest';
import type { Inventory, InventoryLink } from '#lib/domain/inventory';
import { type BatchSeries, backtestWindow } from './backtest-series.ts';
import { type ReplayContext, replayDate } from './replay-date.ts';
import { windowSeries } from './series-window.ts';

/**
 * What every batch of a backtest shares: what each date's replay reads
 * (`ReplayContext`) and the as-of dates.
 */
export interface BatchContext extends ReplayContext {
  readonly asOfDates: readonly string[];
}

/** The judged cases of a batch and its groups that have no rows at all. */
export interface BatchResult {
  readonly cases: BacktestCase[];
  readonly groupsWithoutData: string[];
}

/**
 * Replays the decision for a batch of groups at every as-of date: reads
 * only their groups' and links' daily rows (from the first date's history
 * to the last date's truth window), then per date forecasts each group from
 * the history before it, evaluates it with the run's rules
 * (`modelSeries`, `evaluateAll`) and judges it against what followed.
 *
 * @param context - configuration, inventory, dates, data's end
 * @param links - the inventory links of the batch's groups
 * @param source - where the batch's rows come from
 * @returns judged cases (date order, then group) and groups without rows
 * @example
 * const { cases } = await replayBatch(context, links,
 *   queryBatchSeries(deps.engine));
 */
export async function replayBatch(
  context: BatchContext,
  links: readonly InventoryLink[],
  source: BatchSeries,
): Promise<BatchResult> {
  const { config, asOfDates } = context;
  const groups = [...new Set(links.map((link) => link.group))].sort();
  const linkIds = links.map((link) => link.linkId);
  const range = backtestWindow(asOfDates, links, config);
  const groupSet = new Set(groups);
  const linkSet = new Set(linkIds);
  // The plan's unload holds every batch's longest window, and may hold
  // series the inventory no longer has: only this batch's days count.
  const series = (await source(range, { groups, links: linkIds })).flatMap(
    (s) => {
      const { level, key } = s.history;
      const mine = (level === 'group' ? groupSet : linkSet).has(key);
      return (mine && windowSeries(s, range)) || [];
    },
  );
  const inventory: Inventory = {
    links,
    augments: context.inventory.augments.filter((a) => groupSet.has(a.group)),
  };
  const actuals = new Map(
    series
      .filter((s) => s.history.level === 'group')
      .map((s) => [s.history.key, s.history]),
  );
  const cases = asOfDates.flatMap((asOf) =>
    replayDate({ ...context, inventory }, series, actuals, asOf),
  );
  return {
    cases,
    groupsWithoutData: groups.filter((group) => !actuals.has(group)),
  };
}
