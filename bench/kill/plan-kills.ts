import { mulberry32 } from '#lib/sample/prng';
import type { KillAt } from './child-run.ts';

/** The share of trials whose next run is killed too. */
const SECOND_KILL = 0.25;

/**
 * Each trial's kills as shares of a run's wall time: one drawn uniformly,
 * and in a quarter of the trials a second one, for the run after it,
 * drawn the same way. A trial turns them into delays over the window it
 * uses (`runRandomTrial`). The same seed gives the same shares.
 *
 * @param trials - how many trials
 * @param seed - the random seed
 * @returns the kills' shares of each trial, each in [0, 1)
 * @example
 * planKills(2, 1); // e.g. [[0.627], [0.282, 0.914]]
 */
export function planKills(trials: number, seed: number): number[][] {
  const random = mulberry32(seed);
  return Array.from({ length: trials }, () => {
    const first = random();
    return random() < SECOND_KILL ? [first, random()] : [first];
  });
}

/**
 * Kills spread over a run's stages, for a short deterministic check: one
 * at each stage's midpoint in the uninterrupted run's log (between the
 * lines that end the stage before and the stage; the rollup from the
 * last 5 % of the time before its end), and one at the end.
 *
 * @param stageEnds - ms at which each stage ended in that run, in order
 * @param runMs - its wall time
 * @returns one kill per stage, plus one between the last stage's end and
 *   the run's
 * @example
 * spreadKills([2000, 2100, 2600, 2900], 3100);
 * // afterMs 1950, 2050, 2350, 2750, 3000
 */
export function spreadKills(
  stageEnds: readonly number[],
  runMs: number,
): KillAt[] {
  const delays: number[] = [];
  let start = stageEnds.length > 0 ? stageEnds[0]! * 0.95 : 0;
  for (const end of stageEnds) {
    delays.push(Math.round((start + end) / 2));
    start = end;
  }
  delays.push(Math.round((start + runMs) / 2));
  return delays.map((afterMs) => ({ afterMs }));
}
