import type { KillBench } from './prepare.ts';
import { type AimedResult, runTrial } from './trial.ts';

/**
 * A random trial (`planKills`): each kill's share of the window made a
 * delay, run again, up to `tries` times in all, while its first kill
 * missed (the run finished before it), with the window shrunk to that
 * run's own wall time and the same shares. The window starts as the
 * reference run's time; one timed on a busier minute than the trials
 * sent most kills after the run had finished, each a pass that proved
 * nothing (17 of 20 in one run of session 69). A trial whose kill found a
 * problem, or whose later kill missed (the resumed run is short), is not
 * run again.
 *
 * @param bench - from {@link prepareKillBench}
 * @param shares - each kill's share of the window, in [0, 1)
 * @param windowMs - the window: an uninterrupted run's wall time
 * @param sweep - as for {@link runTrial}
 * @param tries - how many times at most
 * @returns the last try's result, the number of tries and its window
 * @example
 * const result = await runRandomTrial(bench, [0.4], reference.ms);
 */
export async function runRandomTrial(
  bench: KillBench,
  shares: readonly number[],
  windowMs: number,
  sweep = false,
  tries = 3,
): Promise<AimedResult & { readonly windowMs: number }> {
  let window = windowMs;
  for (let tried = 1; ; tried++) {
    const moments = shares.map((share) => ({
      afterMs: Math.round(share * window),
    }));
    const result = await runTrial(bench, moments, sweep);
    const ranMs = result.kills[0]?.ranMs;
    const done = result.problems.length > 0 || tried >= tries;
    if (ranMs === undefined || done) {
      return { ...result, tries: tried, windowMs: window };
    }
    window = Math.min(window, ranMs);
  }
}
