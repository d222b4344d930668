import type { Inventory } from '#lib/domain/inventory';
import type { SqlRow } from '#lib/ports/query-engine';
import type { DayWindow } from '#lib/sql/select-series';
import type { ManifestInputs } from './build-manifest.ts';
import type { RollupSummary } from './rollup.ts';

/**
 * What the manifest says of the run's inputs, from the plan's counts
 * (the stale series are known only once the shards have run).
 *
 * @param run - the history window, the series counts per ISP of
 *   `planShards`, the inventory and the rollup's summary
 * @returns the inputs but `staleSeries`
 * @example
 * manifestInputs({ window, counts, inventory, rollup: input.rollup });
 */
export function manifestInputs(run: {
  readonly window: DayWindow;
  readonly counts: readonly SqlRow[];
  readonly inventory: Inventory;
  readonly rollup?: RollupSummary;
}): Omit<ManifestInputs, 'staleSeries'> {
  const { counts } = run;
  return {
    historyFrom: run.window.from,
    historyTo: run.window.to,
    daysRolledUp: run.rollup?.days ?? [],
    dailyRows: counts.reduce((n, row) => n + Number(row.daily_rows), 0),
    links: run.inventory.links.length,
    augments: run.inventory.augments.length,
    unknownSeries: Number(counts.find((r) => r.isp === null)?.series ?? 0),
  };
}
