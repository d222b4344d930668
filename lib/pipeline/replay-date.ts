import type { Config } from '#lib/config';
import type { BacktestCase } from '#lib/domain/backtest';
import { addDays } from '#lib/domain/dates';
import type { Inventory, InventoryLink } from '#lib/domain/inventory';
import { compareNames } from '#lib/domain/name-order';
import type { DailySeries } from '#lib/domain/series';
import { judgeDecision } from '#lib/rules/judge-decision';
import type { ShardSeries } from './catalog-figures.ts';
import { evaluateAll } from './evaluate-all.ts';
import { inServiceEntries } from './in-service-links.ts';
import { inventoryAsOf } from './inventory-as-of.ts';
import { type ModelledSeries, modelSeries, seriesId } from './model-series.ts';
import { windowSeries } from './series-window.ts';
import { catalogShard } from './shard-catalog.ts';

/**
 * What replaying one as-of date reads besides the series: the batch's
 * configuration, inventory (its links, their groups' augments) and the
 * lake's last day of data.
 *
 * @example
 * const context: ReplayContext = { config, inventory, dataLastDay };
 */
export interface ReplayContext {
  readonly config: Config;
  readonly inventory: Inventory;
  readonly dataLastDay: string;
}

/**
 * Replays the decision at one as-of date for a batch's groups: cuts the
 * series to the history window before it, takes the inventory as it
 * stood then as far as the traffic tells (`inventoryAsOf`), forecasts
 * and evaluates the groups in service with the run's rules
 * (`modelSeries`, `evaluateAll`) and judges each decision against what
 * followed (`judgeDecision`); a group with rows but none recent enough
 * at this date is a `skipped` case.
 *
 * @param context - configuration, the batch's inventory, data's end
 * @param series - the batch's group and link series over every date's window
 * @param actuals - each group's series, what followed the decision
 * @param asOf - the as-of date replayed
 * @returns the date's judged and skipped cases, in group order
 * @example
 * const cases = replayDate(context, series, actuals, '2026-06-01');
 */
export function replayDate(
  context: ReplayContext,
  series: readonly ShardSeries[],
  actuals: ReadonlyMap<string, DailySeries>,
  asOf: string,
): BacktestCase[] {
  const { config } = context;
  const window = { from: addDays(asOf, -config.historyDays), to: asOf };
  const past = series.flatMap((s) => windowSeries(s, window) ?? []);
  const histories = past.map((s) => s.history);
  const inventory = inventoryAsOf(context.inventory, histories, asOf);
  const modelled = modelGroups(past, inventory, asOf, config);
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

/**
 * The groups in service at `asOf`, forecast from their window. Links'
 * series too: a group's days a link sent too few samples on are left out,
 * as the run does (docs/architecture.md "Bundles with a link gone
 * quiet"); only groups are catalogued, so only they are forecast.
 */
function modelGroups(
  past: readonly ShardSeries[],
  inventory: Inventory,
  asOf: string,
  config: Config,
): ModelledSeries[] {
  const groups = past.filter((s) => s.history.level === 'group');
  const entries = inServiceEntries(catalogShard(groups, inventory), asOf);
  const histories = new Map(
    past.map(({ history }) => [seriesId(history), history]),
  );
  return modelSeries(entries, histories, asOf, config).modelled;
}

/** A group with rows in the lake but none recent enough at this date. */
function skippedCase(
  context: ReplayContext,
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
