import type { Config } from '#lib/config';
import type { Evaluation, IspSummary } from '#lib/domain/evaluation';
import type { Inventory } from '#lib/domain/inventory';
import { applyScenario } from '#lib/rules/apply-scenario';
import { markBundleMoves } from '#lib/rules/bundle-steps';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import type { Scenario } from '#lib/rules/scenario';
import { summarizeIsp } from '#lib/rules/summarize-isp';
import type { SeriesInput } from '#lib/rules/types';
import type { ModelledSeries } from './model-series.ts';

/** Evaluations of every modelled series and the per-ISP summaries. */
export interface Evaluated {
  readonly modelled: readonly ModelledSeries[];
  readonly evaluations: readonly Evaluation[];
  readonly isps: readonly IspSummary[];
}

/**
 * Evaluates every modelled series against its capacity and planned
 * augments (after a what-if scenario's changes, if any), marks link steps
 * that moved traffic inside their bundle and names on each group a link
 * step no sibling answers, then summarises each ISP from
 * its ISP-level and group-level evaluations.
 *
 * @param modelled - series with history and forecast
 * @param inventory - links and planned augments
 * @param asOf - the run's "today"
 * @param config - thresholds, lead times, decision level
 * @param scenario - a what-if to apply before evaluation
 * @returns evaluations, ISP summaries and the (scenario-adjusted) series
 * @example
 * const { evaluations, isps } = evaluateAll(modelled, inventory, asOf, config);
 */
export function evaluateAll(
  modelled: readonly ModelledSeries[],
  inventory: Inventory,
  asOf: string,
  config: Config,
  scenario?: Scenario,
): Evaluated {
  const inputs = modelled.map(({ entry, history, forecast }) => {
    const groups = new Set(entry.links.map((link) => link.group));
    const input: SeriesInput = {
      level: entry.level,
      key: entry.key,
      links: entry.links,
      augments: inventory.augments.filter((a) => groups.has(a.group)),
      history,
      forecast,
      asOf,
      config,
    };
    return scenario ? applyScenario(input, scenario) : input;
  });
  const evaluations = markBundleMoves(
    inputs.map((input) => evaluateSeries(input)),
    inputs.map((input) => input.history),
  );
  const adjusted = modelled.map((series, index) => ({
    ...series,
    forecast: inputs[index]!.forecast,
  }));
  return {
    modelled: adjusted,
    evaluations,
    isps: summarizeIsps(adjusted, evaluations, inventory, config),
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
