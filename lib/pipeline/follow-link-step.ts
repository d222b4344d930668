import type { Config } from '#lib/config';
import { daysBetween } from '#lib/domain/dates';
import type { StepRecord } from '#lib/domain/evaluation';
import type { SeriesForecast } from '#lib/domain/forecast';
import { type ModelledSeries, modelSeries, seriesId } from './model-series.ts';

/**
 * A group's forecast that follows the unanswered step of one of its links
 * (docs/architecture.md "Steps"): the group's history less the link's
 * change in bps from the step's first day is forecast as usual, then the
 * bounds cover both levels (with and without the change) and the mean
 * adds the change once the link's forecast follows it. The group's notes
 * stay.
 *
 * @param group - the modelled group
 * @param step - the link's step as named on the group (`changeBps` set)
 * @param asOf - the run's date
 * @param config - horizon and decision level, as for `modelSeries`
 * @returns the group's forecast
 * @example
 * followLinkStep(group, evaluation.step, '2026-11-26', config).mean[0];
 */
export function followLinkStep(
  group: ModelledSeries,
  step: StepRecord,
  asOf: string,
  config: Config,
): SeriesForecast {
  const delta = step.changeBps;
  if (delta === undefined) return group.forecast;
  const start = daysBetween(group.history.start, step.date);
  const history = {
    ...group.history,
    values: group.history.values.map((v, i) =>
      i >= start && Number.isFinite(v) ? Math.max(0, v - delta) : v,
    ),
  };
  const histories = new Map([[seriesId(history), history]]);
  const before = modelSeries([group.entry], histories, asOf, config).modelled[0]
    ?.forecast;
  if (before === undefined) return group.forecast;
  const both = (
    bounds: Readonly<Record<number, readonly number[]>>,
    pick: (a: number, b: number) => number,
  ) =>
    Object.fromEntries(
      Object.entries(bounds).map(([l, xs]) => [
        l,
        xs.map((x) => Math.max(0, pick(x, x + delta))),
      ]),
    );
  return {
    ...before,
    mean: before.mean.map((x) => (step.followed ? Math.max(0, x + delta) : x)),
    lower: both(before.lower, Math.min),
    upper: both(before.upper, Math.max),
    // The group's notes made outside its forecast stay: its history has
    // its days left out already, and the note naming them came from its
    // links' series (docs/architecture.md "Bundles with a link gone quiet").
    warnings: [...new Set([...before.warnings, ...group.forecast.warnings])],
  };
}
