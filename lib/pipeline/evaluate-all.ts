import type { Config } from '#lib/config';
import type { Evaluation, IspSummary } from '#lib/domain/evaluation';
import type { Inventory } from '#lib/domain/inventory';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import { summarizeIsp } from '#lib/rules/summarize-isp';
import type { ModelledSeries } from './model-series.ts';

/** Evaluations of every modelled series and the per-ISP summaries. */
export interface Evaluated {
  readonly modelled: readonly ModelledSeries[];
  readonly evaluations: readonly Evaluation[];
  readonly isps: readonly IspSummary[];
}

/**
 * Evaluates every modelled series against its capacity and planned
 * augments, then summarises each ISP from its ISP-level and group-level
 * evaluations.
 *
 * @param modelled - series with history and forecast
 * @param inventory - links and planned augments
 * @param asOf - the run's "today"
 * @param config - thresholds, lead times, decision level
 * @returns evaluations (ordered group, isp, link) and ISP summaries
 * @example
 * const { evaluations, isps } = evaluateAll(modelled, inventory, asOf, config);
 */
export function evaluateAll(
  modelled: readonly ModelledSeries[],
  inventory: Inventory,
  asOf: string,
  config: Config,
): Evaluated {
  const evaluations = modelled.map(({ entry, history, forecast }) => {
    const groups = new Set(entry.links.map((link) => link.group));
    return evaluateSeries({
      level: entry.level,
      key: entry.key,
      links: entry.links,
      augments: inventory.augments.filter((a) => groups.has(a.group)),
      history,
      forecast,
      asOf,
      config,
    });
  });
  return {
    modelled,
    evaluations,
    isps: summarizeIsps(modelled, evaluations, inventory, config),
  };
}

function summarizeIsps(
  modelled: readonly ModelledSeries[],
  evaluations: readonly Evaluation[],
  inventory: Inventory,
  config: Config,
): IspSummary[] {
  return modelled.flatMap(({ entry, forecast }, index) => {
    const isp = evaluations[index]!;
    if (entry.level !== 'isp') return [];
    const groups = evaluations.filter(
      (e) => e.level === 'group' && e.isp === entry.key,
    );
    const links = inventory.links.filter((link) => link.isp === entry.key);
    return [summarizeIsp({ isp, groups, links, forecast, config })];
  });
}
