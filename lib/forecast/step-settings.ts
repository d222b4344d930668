import type { StepOptions } from './end-step.ts';

/**
 * Thresholds of the step rule that `npm run bench:accuracy` tries, leave
 * one family out (README "Forecast engine"). The most cautious come first
 * (largest change, latest follow), and a tie keeps the earlier one: when
 * the shared cases cannot tell two apart, the rule that changes fewer
 * forecasts wins. Every entry follows a rise sooner than a fall.
 */
export const STEP_GRID: readonly StepOptions[] = [0.4, 0.3, 0.2].flatMap(
  (minChange) =>
    [5, 4].flatMap((followUp) =>
      [7, 6].map((followDown) => ({ minChange, followUp, followDown })),
    ),
);

/**
 * The production thresholds: the choice of most folds in
 * `npm run bench:accuracy`.
 */
export const DEFAULT_STEP: StepOptions = {
  minChange: 0.4,
  followUp: 5,
  followDown: 7,
};

/**
 * Short name of step thresholds, e.g. `step0.2/up4/down6`.
 *
 * @param s - thresholds
 * @returns the name
 * @example
 * stepId(DEFAULT_STEP); // 'step0.4/up5/down7'
 */
export function stepId(s: StepOptions): string {
  return `step${s.minChange}/up${s.followUp}/down${s.followDown}`;
}
