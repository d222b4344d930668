import type { Config } from '#lib/config';
import type { BacktestCase } from '#lib/domain/backtest';
import { addDays } from '#lib/domain/dates';
import type { Inventory, InventoryLink } from '#lib/domain/inventory';
import { compareNames } from '#lib/domain/name-order';
import type { DailyRow, DailySeries } from '#lib/domain/series';
import { judgeDecision } from '#lib/rules/judge-decision';
import { type BatchRows, backtestWindow } from './backtest-rows.ts';
import { evaluateAll } from './evaluate-all.ts';
import { inventoryAsOf } from './inventory-as-of.ts';
import { toDailySeries } from './load-series.ts';
import { modelSeries, seriesId } from './model-series.ts';
import { catalogSeries } from './series-catalog.ts';

/** What every batch of a backtest shares. */
export interface BatchContext {
  readonly config: Config;
  readonly inventory: Inventory;
  readonly asOfDates: readonly string[];
  readonly dataLastDay: string;
}

/** The judged cases of a batch and its groups that have no rows at all. */
export interface BatchResult {
  readonly cases: BacktestCase[];
  readonly groupsWithoutData: string[];
}

/**
 * Replays the decision for a batch of groups at every as-of date: reads
 * only their groups' daily rows (from the first date's history to the
 * last date's truth window), then per date forecasts each group from
 * the history before it, evaluates it with the run's rules
 * (`modelSeries`, `evaluateAll`) and judges it against what followed.
 *
 * @param context - configuration, inventory, dates, data's end
 * @param links - the inventory links of the batch's groups
 * @param source - where the batch's rows come from
 * @returns judged cases (date order, then group) and groups without rows
 * @example
 * const { cases } = await replayBatch(context, links,
 *   queryBatchRows(deps.engine));
 */
export async function replayBatch(
  context: BatchContext,
  links: readonly InventoryLink[],
  source: BatchRows,
): Promise<BatchResult> {
  const { config, asOfDates } = context;
  const groups = [...new Set(links.map((link) => link.group))].sort();
  const range = backtestWindow(asOfDates, links, config);
  const groupSet = new Set(groups);
  // The plan's unload holds every batch's longest window, and may hold
  // groups the inventory no longer has: only this batch's rows count.
  const rows = (await source(range, groups)).filter(
    (row) => row.samples > 0 && row.dt < range.to && groupSet.has(row.key),
  );
  const inventory: Inventory = {
    links,
    augments: context.inventory.augments.filter((a) => groupSet.has(a.group)),
  };
  const actuals = new Map(toDailySeries(rows, range).map((s) => [s.key, s]));
  const cases = asOfDates.flatMap((asOf) =>
    replayDate({ ...context, inventory }, rows, actuals, asOf),
  );
  return {
    cases,
    groupsWithoutData: groups.filter((group) => !actuals.has(group)),
  };
}

function replayDate(
  context: BatchContext,
  rows: readonly DailyRow[],
  actuals: ReadonlyMap<string, DailySeries>,
  asOf: string,
): BacktestCase[] {
  const { config } = context;
  const window = { from: addDays(asOf, -config.historyDays), to: asOf };
  const past = rows.filter((r) => r.dt >= window.from && r.dt < window.to);
  const histories = toDailySeries(past, window);
  const inventory = inventoryAsOf(context.inventory, histories, asOf);
  const catalog = catalogSeries(past, inventory);
  const { modelled } = modelSeries(
    catalog.entries,
    new Map(histories.map((s) => [seriesId(s), s])),
    asOf,
    config,
  );
  const { evaluations } = evaluateAll(modelled, inventory, asOf, config);
  const judged = evaluations.map((evaluation, index) =>
    judgeDecision({
      evaluation,
      asOf,
      windowDays: config.warningWindowDays,
      actual: actuals.get(evaluation.key),
      baseBps: sumCapacity(modelled[index]!.entry.links),
      augments: inventory.augments.filter((a) => a.group === evaluation.key),
      dataLastDay: context.dataLastDay,
    }),
  );
  const done = new Set(judged.map((c) => c.group));
  const skipped = [...actuals.keys()]
    .filter((group) => !done.has(group))
    .map((group) => skippedCase(context, inventory, group, asOf));
  return [...judged, ...skipped].sort((a, b) => compareNames(a.group, b.group));
}

/** A group with rows in the lake but none recent enough at this date. */
function skippedCase(
  context: BatchContext,
  inventory: Inventory,
  group: string,
  asOf: string,
): BacktestCase {
  const members = inventory.links.filter((link) => link.group === group);
  const leadTimeDays = Math.max(0, ...members.map((l) => l.leadTimeDays));
  const days = leadTimeDays + context.config.warningWindowDays;
  return {
    asOf,
    group,
    isp: members[0]?.isp ?? '',
    orderNow: false,
    leadTimeDays,
    windowEnd: addDays(asOf, days),
    outcome: 'skipped',
  };
}

function sumCapacity(links: readonly InventoryLink[]): number {
  return links.reduce((sum, link) => sum + link.capacityBps, 0);
}
