import type { Config } from '#lib/config';
import type { BacktestCase } from '#lib/domain/backtest';
import { addDays } from '#lib/domain/dates';
import type { Inventory, InventoryLink } from '#lib/domain/inventory';
import { compareNames } from '#lib/domain/name-order';
import type { DailySeries } from '#lib/domain/series';
import { judgeDecision } from '#lib/rules/judge-decision';
import { type BatchSeries, backtestWindow } from './backtest-series.ts';
import type { ShardSeries } from './catalog-figures.ts';
import { evaluateAll } from './evaluate-all.ts';
import { inServiceEntries } from './in-service-links.ts';
import { inventoryAsOf } from './inventory-as-of.ts';
import { modelSeries, seriesId } from './model-series.ts';
import { windowSeries } from './series-window.ts';
import { catalogShard } from './shard-catalog.ts';

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

function replayDate(
  context: BatchContext,
  series: readonly ShardSeries[],
  actuals: ReadonlyMap<string, DailySeries>,
  asOf: string,
): BacktestCase[] {
  const { config } = context;
  const window = { from: addDays(asOf, -config.historyDays), to: asOf };
  const past = series.flatMap((s) => windowSeries(s, window) ?? []);
  const histories = past.map((s) => s.history);
  const inventory = inventoryAsOf(context.inventory, histories, asOf);
  // Links' series too: a group's days a link sent too few samples on are
  // left out, as the run does (docs/architecture.md "Bundles with a link
  // gone quiet"); only groups are catalogued, so only they are forecast.
  const entries = inServiceEntries(
    catalogShard(
      past.filter((s) => s.history.level === 'group'),
      inventory,
    ),
    asOf,
  );
  const { modelled } = modelSeries(
    entries,
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
