import type { TrafficStep } from '#lib/domain/forecast';
import type { EndStep, StepOptions } from './end-step.ts';
import type { PointForecast } from './types.ts';

/**
 * The series the models fit while a step is young: the days at the new
 * level divided by the step's ratio, so that the fit sees the old level
 * and the step is applied once, explicitly, by {@link applyStep}.
 *
 * @param y - finite series
 * @param step - the step found at its end
 * @returns the series at the old level
 * @example
 * undoStep([10, 10, 20, 20], { start: 2, days: 2, ratio: 2,
 *   range: [2, 2] }); // [10, 10, 10, 10]
 */
export function undoStep(y: readonly number[], step: EndStep): number[] {
  return y.map((v, i) => (i >= step.start ? v / step.ratio : v));
}

/**
 * A forecast of the old level turned into one that knows the step: the
 * bounds cover both readings (the old level, and the new level over the
 * plausible range of its ratio), as steps are found from their third day;
 * the mean follows the new level from day `followUp` of a rise or
 * `followDown` of a fall (a rise sooner: under-forecasting a full link is
 * the costly error). README "The forecast engine".
 *
 * @param f - forecast fitted on {@link undoStep}'s series
 * @param step - the step
 * @param options - thresholds
 * @returns the forecast and the step as recorded
 * @example
 * applyStep(f, { start: 80, days: 5, ratio: 1.7, range: [1.6, 1.8] },
 *   { minChange: 0.2, followUp: 4, followDown: 6 }).step.followed; // true
 */
export function applyStep(
  f: PointForecast,
  step: EndStep,
  options: StepOptions,
): { forecast: PointForecast; step: TrafficStep } {
  const up = step.ratio > 1;
  const followed = step.days >= (up ? options.followUp : options.followDown);
  const [low, high] = step.range;
  const both = (
    a: Readonly<Record<number, readonly number[]>>,
    pick: (...x: number[]) => number,
  ) =>
    Object.fromEntries(
      Object.entries(a).map(([l, xs]) => [
        l,
        xs.map((x) => pick(x, x * low, x * high)),
      ]),
    );
  return {
    forecast: {
      mean: followed ? f.mean.map((x) => x * step.ratio) : f.mean,
      lower: both(f.lower, Math.min),
      upper: both(f.upper, Math.max),
    },
    step: {
      index: step.start,
      days: step.days,
      changePct: Math.round((step.ratio - 1) * 1000) / 10,
      direction: up ? 'up' : 'down',
      followed,
    },
  };
}
