import { addDays } from '#lib/domain/dates';
import type { Inventory } from '#lib/domain/inventory';
import type { ManifestInputs } from './build-manifest.ts';
import type { Deps } from './deps.ts';
import { loadDailyRows, toDailySeries } from './load-series.ts';
import { type ModelledSeries, modelSeries, seriesId } from './model-series.ts';
import type { RollupSummary } from './rollup.ts';
import { catalogSeries } from './series-catalog.ts';

/** The forecast stage's result: modelled series and what was read. */
export interface GatheredSeries {
  readonly rollup: RollupSummary;
  readonly modelled: readonly ModelledSeries[];
  readonly window: { readonly from: string; readonly to: string };
  readonly inputs: ManifestInputs;
}

/**
 * Reads `historyDays` of daily series before the as-of date (rolled up
 * just before by the rollup stage), joins them with the inventory and
 * forecasts each.
 *
 * @param deps - engine, logger and configuration
 * @param inventory - the validated inventory
 * @param asOf - the run's "today": nothing on or after it is read
 * @param rollup - what this run's rollup did (for the manifest)
 * @returns modelled series, the history window and the manifest's inputs
 * @example
 * const { modelled } = await gatherSeries(deps, inventory, '2026-11-26',
 *   rollup);
 */
export async function gatherSeries(
  deps: Pick<Deps, 'engine' | 'reports' | 'log' | 'config'>,
  inventory: Inventory,
  asOf: string,
  rollup: RollupSummary,
): Promise<GatheredSeries> {
  const { config, engine, log } = deps;
  const window = { from: addDays(asOf, -config.historyDays), to: asOf };
  const rows = await loadDailyRows(engine, window);
  const catalog = catalogSeries(rows, inventory);
  const histories = new Map(
    toDailySeries(rows, window).map((s) => [seriesId(s), s]),
  );
  log.info('forecasting', { series: catalog.entries.length });
  const { modelled, stale } = modelSeries(
    catalog.entries,
    histories,
    asOf,
    config,
  );
  if (stale.length > 0) {
    log.warn('series without data in the last two weeks are not forecast', {
      series: stale.map((entry) => `${entry.level}:${entry.key}`),
    });
  }
  const inputs: ManifestInputs = {
    historyFrom: window.from,
    historyTo: window.to,
    daysRolledUp: rollup.days,
    dailyRows: rows.length,
    links: inventory.links.length,
    augments: inventory.augments.length,
    unknownSeries: catalog.unknown.length,
    staleSeries: stale.map((entry) => `${entry.level}:${entry.key}`),
  };
  return { rollup, modelled, window, inputs };
}
