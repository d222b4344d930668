import { binomialTails } from './binomial-tail.ts';
import { formatPct } from './format.ts';

/**
 * The share of actuals (per cent) a calibrated interval's upper bound has
 * above it: each side is calibrated on its own (docs/architecture.md "The
 * forecast engine", Intervals), so half of what the interval leaves out.
 *
 * @param level - the interval's level, e.g. 80
 * @returns (100 − level) / 2
 * @example
 * calibratedAbovePct(80); // 10
 */
export const calibratedAbovePct = (level: number) => (100 - level) / 2;

// Points over the promise past which the upper bound reads as running low.
const ABOVE_TOLERANCE = 5;

/**
 * The level of the verdicts' one-sided tests, the conventional 5 %: a
 * bound (or an interval) is called off its promise when a calibrated one
 * would be that far off less than 1 time in 20. The sentence is advice, not an alarm, and a missed excess means late
 * order-by dates, so not stricter (at 1 %, 30 comparisons of an 80 % bound
 * need 8 above, not 7); the comparisons are not quite independent (runs
 * share a day's actual, ISPs move together), so the test, which assumes
 * they are, if anything speaks too soon: so not looser either.
 *
 * @example
 * // 7 of 30 actuals above an 80 % bound (10 % promised): off
 * binomialTails(7, 30, 0.1).atLeast < SIGNIFICANCE; // 0.026 < 0.05
 */
export const SIGNIFICANCE = 0.05;

/**
 * What the share of actuals above the upper bound says of the order-by
 * dates, read from that bound, when it is off the promise by a margin that
 * matters (more than 5 points over it, or under half of it, the share as
 * it is, not rounded as it is shown) and by more than chance would make
 * it: a one-sided exact binomial test of the count above against the
 * promised share, P(X ≥ k) for "ran low", P(X ≤ k) for "ran high" (`off`).
 * Off by the margin but within chance, it says the comparisons are too few
 * to judge the bound; at 30 comparisons a calibrated 95 % bound has none
 * above it about half the time.
 *
 * @param aboveShare - the share of actuals above the upper bound (0–1)
 * @param count - the comparisons the share is of
 * @param level - the interval's level, e.g. 80
 * @returns a sentence with a leading space ('' when the share is within
 *   the margin), and whether the bound was found off its promise
 * @example
 * upperVerdict(0.8, 30, 80);
 * // { text: ' The upper bound ran low (80% of actuals rose above it
 * //   against 10%): order-by dates may come late.', off: true }
 */
export function upperVerdict(
  aboveShare: number,
  count: number,
  level: number,
): { text: string; off: boolean } {
  const promised = calibratedAbovePct(level);
  const against = `${formatPct(aboveShare, 0)} of actuals rose above it against ${promised}%`;
  const low = aboveShare > (promised + ABOVE_TOLERANCE) / 100;
  const high = aboveShare < promised / 200;
  if (!low && !high) return { text: '', off: false };
  // The share is a count over `count`: rounding gives the count back.
  const above = Math.round(aboveShare * count);
  const tails = binomialTails(above, count, promised / 100);
  if (low && tails.atLeast < SIGNIFICANCE) {
    return {
      text: ` The upper bound ran low (${against}): order-by dates may come late.`,
      off: true,
    };
  }
  if (high && tails.atMost < SIGNIFICANCE) {
    return {
      text: ` The upper bound ran high (${against}): the upper dates are cautious.`,
      off: true,
    };
  }
  return {
    text: ` Too few comparisons (${count}) to judge the upper bound: ${against}, which a calibrated bound may show by chance.`,
    off: false,
  };
}
