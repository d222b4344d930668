/**
 * What `bench/young-decisions.ts` reads of a rolled lake, once: every
 * series, as the decision backtest queries a batch's.
 */
import { addDays, daysBetween } from '#lib/domain/dates';
import { queryBatchSeries } from '#lib/pipeline/backtest-series';
import type { Deps } from '#lib/pipeline/deps';
import { loadInventory } from '#lib/pipeline/load-inventory';

/** What the young replays read. */
export type Lake = Awaited<ReturnType<typeof readLake>>;

/**
 * Every group's and link's series of the lake, its inventory and the
 * data's span.
 *
 * @param deps - the local deps on the lake
 * @returns the series, each group's by its key, and the span
 * @example
 * const lake = await readLake(deps);
 */
export async function readLake(deps: Deps) {
  const days = await deps.engine.listPartitions('series_daily');
  const [firstDay, lastDay] = [days[0]!, days.at(-1)!];
  const inventory = await loadInventory(deps.inventory, deps.config, '');
  const groups = [...new Set(inventory.links.map((l) => l.group))].sort();
  const links = inventory.links.map((l) => l.linkId);
  const window = { from: firstDay, to: addDays(lastDay, 1) };
  const series = await queryBatchSeries(deps.engine)(window, { groups, links });
  const actuals = new Map(
    series
      .filter((s) => s.history.level === 'group')
      .map((s) => [s.history.key, s.history]),
  );
  return {
    firstDay,
    lastDay,
    inventory,
    series,
    actuals,
    groups: groups.length,
  };
}

/**
 * The busiest day of the last week seen, in [start, asOf).
 *
 * @param peaks - a group's daily peaks
 * @param start - the young lake's first day
 * @param asOf - its run's day
 * @returns the peak, bps
 * @example
 * topPeak(history, '2026-09-07', '2026-09-10');
 */
export function topPeak(
  peaks: { readonly start: string; readonly values: readonly number[] },
  start: string,
  asOf: string,
): number {
  let top = 0;
  const from = [start, addDays(asOf, -7)].sort().at(-1)!;
  for (let day = from; day < asOf; day = addDays(day, 1)) {
    const v = peaks.values[daysBetween(peaks.start, day)];
    if (v !== undefined && Number.isFinite(v) && v > top) top = v;
  }
  return top;
}
