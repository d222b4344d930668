import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import type { Inventory } from '#lib/domain/inventory';
import type { IspSummary } from '#lib/domain/isp-summary';
import { markBundleMoves } from '#lib/rules/bundle-steps';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import type { Scenario } from '#lib/rules/scenario';
import { summarizeIsp } from '#lib/rules/summarize-isp';
import type { SeriesInput } from '#lib/rules/types';
import type { CapacityBeyond } from './capacity-beyond-links.ts';
import { followLinkStep } from './follow-link-step.ts';
import { retiredByGroup } from './in-service-links.ts';
import type { ModelledSeries } from './model-series.ts';
import { prepareEvaluation } from './prepare-evaluation.ts';
import { seriesInput } from './series-input.ts';

/** Evaluations of every modelled series and the per-ISP summaries. */
export interface Evaluated {
  readonly modelled: readonly ModelledSeries[];
  /** Each modelled series as the rules read it (augments, what-if). */
  readonly inputs: readonly SeriesInput[];
  readonly evaluations: readonly Evaluation[];
  readonly isps: readonly IspSummary[];
}

/**
 * Evaluates every modelled series against its capacity and planned
 * augments (after a what-if scenario's changes, if any), marks link steps
 * that moved traffic inside their bundle and gives each group a link step
 * no sibling answers (its forecast then follows it), then summarises each
 * ISP from
 * its ISP-level and group-level evaluations.
 *
 * @param series - series with history and forecast
 * @param inventory - links and planned augments (the links retired by
 *   `asOf` are left out: docs/architecture.md "Retired links"; the
 *   augments links.csv already holds too, with a note on their group:
 *   "Augments already in links.csv")
 * @param asOf - the run's "today"
 * @param config - thresholds, lead times, decision level
 * @param scenario - a what-if to apply before evaluation
 * @returns evaluations, ISP summaries, the (scenario-adjusted) series and
 *   their rule inputs
 * @example
 * const { evaluations, isps } = evaluateAll(modelled, inventory, asOf, config);
 */
export function evaluateAll(
  series: readonly ModelledSeries[],
  inventory: Inventory,
  asOf: string,
  config: Config,
  scenario?: Scenario,
): Evaluated {
  const ready = prepareEvaluation(series, inventory, asOf, config, scenario);
  const { modelled, beyond, run } = ready;
  const first = modelled.map((series) => seriesInput(series, run));
  const marked = markBundleMoves(
    first.map((input) => evaluateSeries(input)),
    first.map((input) => input.history),
    retiredByGroup(inventory, asOf),
  );
  const final = followLinkSteps(modelled, marked, asOf, config);
  const inputs = final.map((series, i) =>
    series === modelled[i] ? first[i]! : seriesInput(series, run),
  );
  const evaluations = marked.map((e, i) =>
    withDataFields(
      inputs[i] === first[i]
        ? e
        : { ...evaluateSeries(inputs[i]!), step: e.step },
      modelled[i]!,
      beyond[i],
    ),
  );
  const adjusted = final.map((series, index) => ({
    ...series,
    forecast: inputs[index]!.forecast,
  }));
  return {
    modelled: adjusted,
    inputs,
    evaluations,
    isps: summarizeIsps(adjusted, evaluations, run.inventory, config),
  };
}

/**
 * A group named with a link's step forecasts without it and follows it
 * (docs/architecture.md "Steps"); every other series is kept as it is.
 */
function followLinkSteps(
  modelled: readonly ModelledSeries[],
  marked: readonly Evaluation[],
  asOf: string,
  config: Config,
): ModelledSeries[] {
  return modelled.map((series, i) => {
    const step = marked[i]!.step;
    if (step?.link === undefined) return series;
    return { ...series, forecast: followLinkStep(series, step, asOf, config) };
  });
}

/**
 * An evaluation naming its bundle's silent members, the retired links
 * whose traffic was taken out of its history, and the capacity its
 * traffic reports beyond links.csv's, if any: its alert says so.
 */
function withDataFields(
  e: Evaluation,
  { entry, trafficGone }: ModelledSeries,
  beyond: CapacityBeyond | undefined,
): Evaluation {
  const silent = entry.silent?.map((link) => link.linkId);
  const reported = beyond?.reportedBps;
  return {
    ...e,
    ...(silent === undefined ? {} : { silentLinks: silent }),
    ...(trafficGone === undefined ? {} : { trafficGone }),
    ...(reported === undefined ? {} : { reportedCapacityBps: reported }),
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
