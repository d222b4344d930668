import type { Config } from '#lib/config';
import type { BacktestCase } from '#lib/domain/backtest';
import { addDays } from '#lib/domain/dates';
import type { Inventory, InventoryLink } from '#lib/domain/inventory';
import { compareNames } from '#lib/domain/name-order';
import type { DailyRow, DailySeries } from '#lib/domain/series';
import type { QueryEngine } from '#lib/ports/query-engine';
import { CONFIRM_DAYS, judgeDecision } from '#lib/rules/judge-decision';
import { selectSeriesKeysSql } from '#lib/sql/select-series-keys';
import { evaluateAll } from './evaluate-all.ts';
import { inventoryAsOf } from './inventory-as-of.ts';
import { toDailyRow, toDailySeries } from './load-series.ts';
import { modelSeries, seriesId } from './model-series.ts';
import { catalogSeries } from './series-catalog.ts';

/** What every batch of a backtest shares. */
export interface BatchContext {
  readonly engine: QueryEngine;
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
 * Replays the decision for a batch of whole ISPs at every as-of date:
 * reads only their groups' daily rows (from the first date's history to
 * the last date's truth window), then per date forecasts each group from
 * the history before it, evaluates it with the run's rules
 * (`modelSeries`, `evaluateAll`) and judges it against what followed.
 *
 * @param context - engine, configuration, inventory, dates, data's end
 * @param links - the inventory links of the batch's ISPs
 * @returns judged cases (date order, then group) and groups without rows
 * @example
 * const { cases } = await replayBatch(context, linksOfAcme);
 */
export async function replayBatch(
  context: BatchContext,
  links: readonly InventoryLink[],
): Promise<BatchResult> {
  const { config, asOfDates } = context;
  const groups = [...new Set(links.map((link) => link.group))].sort();
  const longest = Math.max(...links.map((link) => link.leadTimeDays));
  const range = {
    from: addDays(asOfDates[0]!, -config.historyDays),
    to: addDays(
      asOfDates.at(-1)!,
      longest + config.warningWindowDays + CONFIRM_DAYS,
    ),
  };
  const rows = (
    await context.engine.query(
      selectSeriesKeysSql({ ...range, level: 'group', keys: groups }),
    )
  )
    .map(toDailyRow)
    .filter((row) => row.samples > 0);
  const groupSet = new Set(groups);
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
