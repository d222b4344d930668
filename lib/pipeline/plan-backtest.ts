import type { BacktestSkipped } from '#lib/domain/backtest';
import type { Inventory } from '#lib/domain/inventory';
import { UsageError } from '#lib/errors';
import type { QueryEngine } from '#lib/ports/query-engine';
import {
  type BacktestNames,
  type BacktestRange,
  type DataSpan,
  planAsOfDates,
} from './backtest-dates.ts';
import {
  defaultBacktestRange,
  tooShortToJudge,
} from './default-backtest-range.ts';
import type { Deps } from './deps.ts';
import { loadInventory } from './load-inventory.ts';

/** What a backtest replays: its whole range and dates, the data, the inventory. */
export interface BacktestPlan {
  readonly kind: 'backtest-plan';
  readonly range: BacktestRange;
  readonly asOfDates: readonly string[];
  readonly span: DataSpan;
  readonly inventory: Inventory;
}

/**
 * Lists `series_daily`'s days, loads the inventory, fills in the range's
 * missing parts (`defaultBacktestRange`, for the inventory's longest lead
 * time) and checks it (`planAsOfDates`). A range left out (neither `from`
 * nor `to` given: the monthly schedule's `{}`) on data too young to judge
 * a date, or none, is skipped, not an error: a new lake is no fault.
 *
 * @param deps - query engine, inventory store, configuration
 * @param given - the parts of the range given
 * @param names - what the caller calls them, for its messages
 * @returns the plan, or why a range left out was skipped
 * @throws UsageError for a given range that the data does not allow,
 *   naming it as the caller does; InputError for a bad inventory
 * @example
 * const plan = await planBacktest(deps, {}, names);
 * if (plan.kind === 'backtest-skipped') log.warn(plan.reason);
 */
export async function planBacktest(
  deps: Pick<Deps, 'engine' | 'inventory' | 'inventoryLocation' | 'config'>,
  given: Partial<BacktestRange>,
  names: BacktestNames,
): Promise<BacktestPlan | BacktestSkipped> {
  const leftOut = given.from === undefined && given.to === undefined;
  const span = await dataSpan(deps.engine);
  if (span === undefined) {
    const reason =
      'the lake has no rolled-up daily series (series_daily is empty): ' +
      `roll the traffic up first with ${names.rollUp}`;
    if (leftOut) return { kind: 'backtest-skipped', reason };
    throw new UsageError(reason);
  }
  const { config } = deps;
  const inventory = await loadInventory(
    deps.inventory,
    config,
    deps.inventoryLocation,
  );
  // A group's lead time is its links' longest (`resolveContext`).
  const judged = {
    leadTimeDays: inventory.links.reduce(
      (most, link) => Math.max(most, link.leadTimeDays),
      0,
    ),
    windowDays: config.warningWindowDays,
  };
  const reason = tooShortToJudge(span, judged);
  if (leftOut && reason !== undefined) {
    return { kind: 'backtest-skipped', reason };
  }
  const { range, wording } = defaultBacktestRange(given, span, judged, names);
  const asOfDates = planAsOfDates(range, span, wording);
  return { kind: 'backtest-plan', range, asOfDates, span, inventory };
}

/** First and last day of `series_daily`, from its partitions (no scan). */
async function dataSpan(engine: QueryEngine): Promise<DataSpan | undefined> {
  const days = await engine.listPartitions('series_daily');
  if (days.length === 0) return undefined;
  return { firstDay: days[0]!, lastDay: days.at(-1)! };
}
