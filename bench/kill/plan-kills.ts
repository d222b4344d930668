import { mulberry32 } from '#lib/sample/prng';
import type { KillAt } from './child-run.ts';

/** The share of trials whose next run is killed too. */
const SECOND_KILL = 0.25;

/**
 * The delays of each trial's kills: one drawn uniformly over the
 * uninterrupted run's wall time, and in a quarter of the trials a second
 * one, for the run after it, drawn the same way. The same seed gives the
 * same delays.
 *
 * @param trials - how many trials
 * @param seed - the random seed
 * @param runMs - an uninterrupted run's wall time
 * @returns the kills of each trial
 * @example
 * planKills(2, 1, 4000); // e.g. [[{ afterMs: 2508 }], [{ afterMs: 1130 }, …]]
 */
export function planKills(
  trials: number,
  seed: number,
  runMs: number,
): KillAt[][] {
  const random = mulberry32(seed);
  const delay = () => ({ afterMs: Math.round(random() * runMs) });
  return Array.from({ length: trials }, () => {
    const first = delay();
    return random() < SECOND_KILL ? [first, delay()] : [first];
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
