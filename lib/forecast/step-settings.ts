import { HOLD, NOISE_UNITS, type StepOptions } from './end-step.ts';

/**
 * Thresholds of the step rule that `npm run bench:accuracy` tries, leave
 * one family out (docs/architecture.md "Steps"). The most cautious come first
 * (largest change, latest follow, strictest hold and noise), and a tie
 * keeps the earlier one: when the shared cases cannot tell two apart, the
 * rule that changes fewer forecasts wins. Every entry follows a rise
 * sooner than a fall.
 */
export const STEP_GRID: readonly StepOptions[] = [0.4, 0.3, 0.2].flatMap(
  (minChange) =>
    [5, 4].flatMap((followUp) =>
      [7, 6].flatMap((followDown) =>
        [0.8, 0.7].flatMap((hold) =>
          [4, 3].map((noiseUnits) => ({
            minChange,
            followUp,
            followDown,
            hold,
            noiseUnits,
          })),
        ),
      ),
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
  hold: HOLD,
  noiseUnits: NOISE_UNITS,
};

/**
 * Short name of step thresholds, e.g. `step0.2/up4/down6/hold0.8/noise4`.
 *
 * @param s - thresholds
 * @returns the name
 * @example
 * stepId(DEFAULT_STEP); // 'step0.4/up5/down7/hold0.8/noise4'
 */
export function stepId(s: StepOptions): string {
  const hold = s.hold ?? HOLD;
  const noise = s.noiseUnits ?? NOISE_UNITS;
  return `step${s.minChange}/up${s.followUp}/down${s.followDown}/hold${hold}/noise${noise}`;
}
